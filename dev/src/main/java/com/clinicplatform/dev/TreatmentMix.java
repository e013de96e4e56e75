package com.clinicplatform.dev;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The treatments in the catalogue, each with what a course of it sensibly looks like: the body sites it is given at
 * and the cells or preparation it uses, told from words in its title (a knee treatment at a knee, platelet-rich
 * plasma for a PRP treatment, an intravenous course for an autoimmune disease), and when its follow-ups fall due.
 * Sites and sources are core's {@code BodySite} and {@code CellSource}, stored by their constants' names.
 */
final class TreatmentMix {

    /** One treatment on offer, as courses of it are generated. */
    /**
     * @param area   what a patient would say hurts ("my knee")
     * @param method what a patient would call the treatment ("PRP", "stem cell treatment")
     */
    record Offer(long id, String title, String area, String method, Weighted<String> sites,
            Weighted<String> sources, Weighted<Integer> sessions, int reviewAfterWeeks, int repeatAfterMonths) {

        /** Whether cells are taken from the patient's own body (a harvest site that can hurt or be infected). */
        boolean harvests(String source) {
            return source.equals("BONE_MARROW") || source.equals("ADIPOSE_TISSUE");
        }
    }

    /** What part of the body a title speaks of: the first whose words it contains applies. */
    private record Region(List<String> words, String area, int popularity, Weighted<String> sites,
            boolean systemic) {

        Region(List<String> words, String area, int popularity, Weighted<String> sites) {
            this(words, area, popularity, sites, false);
        }
    }

    private static final List<Region> REGIONS = List.of(
            new Region(List.of("hashimoto", "rheumatoid", "autoimmune", "lupus", "thyroid", "sclerosis"),
                    "my condition", 1, new Weighted<String>().add("SYSTEMIC", 1), true),
            new Region(List.of("tendon", "tendin"), "a tendon injury", 3,
                    sides("ACHILLES_TENDON", 3, sides("PATELLAR_TENDON", 2, sides("ELBOW", 2, new Weighted<>())))),
            new Region(List.of("knee"), "my knee", 5, sides("KNEE", 1, new Weighted<>())),
            new Region(List.of("hip"), "my hip", 3, sides("HIP", 1, new Weighted<>())),
            new Region(List.of("shoulder"), "my shoulder", 2, sides("SHOULDER", 1, new Weighted<>())),
            new Region(List.of("back", "spine"), "my lower back", 2, new Weighted<String>().add("LOWER_BACK", 1)),
            new Region(List.of("elbow"), "my elbow", 1, sides("ELBOW", 1, new Weighted<>())),
            new Region(List.of("ankle"), "my ankle", 1, sides("ANKLE", 1, new Weighted<>())),
            // any other joint treatment: knees and hips above all
            new Region(List.of(""), "my joints", 3, sides("KNEE", 4, sides("HIP", 2, sides("SHOULDER", 2,
                    sides("ANKLE", 1, sides("ELBOW", 1, new Weighted<>())))))));

    private final List<Offer> offers;
    private final Weighted<Offer> popular;

    private TreatmentMix(List<Offer> offers, Weighted<Offer> popular) {
        this.offers = offers;
        this.popular = popular;
    }

    /** The catalogue's treatments with their follow-up plans (the standard one where staff set none). */
    static TreatmentMix read(Connection connection) throws SQLException {
        var offers = new ArrayList<Offer>();
        var popular = new Weighted<Offer>();
        try (var query = connection.prepareStatement("select t.id, t.title, coalesce(p.review_after_weeks, 6),"
                + " coalesce(p.repeat_after_months, 12) from treatment t"
                + " left join follow_up_plan p on p.treatment_id = t.id order by t.position")) {
            var rows = query.executeQuery();
            while (rows.next()) {
                var title = rows.getString(2);
                var words = title.toLowerCase(Locale.ROOT);
                var region = REGIONS.stream().filter(r -> r.words().stream().anyMatch(words::contains)).findFirst()
                        .orElseThrow();
                var method = prp(words) ? "PRP" : "stem cell treatment";
                var offer = new Offer(rows.getLong(1), title, region.area(), method, region.sites(),
                        sources(words, region.systemic()), sessions(words, region.systemic()), rows.getInt(3),
                        rows.getInt(4));
                offers.add(offer);
                popular.add(offer, region.popularity());
            }
        }
        return new TreatmentMix(offers, popular);
    }

    boolean isEmpty() {
        return offers.isEmpty();
    }

    int size() {
        return offers.size();
    }

    /** A treatment, the common ones (knees) more often than the rare ones. */
    Offer pick(Random random) {
        return popular.pick(random);
    }

    private static Weighted<String> sources(String title, boolean systemic) {
        if (prp(title)) {
            return new Weighted<String>().add("PLATELET_RICH_PLASMA", 1);
        }
        if (systemic) {
            return new Weighted<String>().add("UMBILICAL_CORD", 7).add("ADIPOSE_TISSUE", 2).add("BONE_MARROW", 1);
        }
        var cells = new Weighted<String>().add("BONE_MARROW", 9).add("ADIPOSE_TISSUE", 8).add("UMBILICAL_CORD", 3);
        return title.contains("cell") ? cells : cells.add("PLATELET_RICH_PLASMA", 12);
    }

    /** PRP is often given as three injections, cells mostly once, an infusion once to three times. */
    private static Weighted<Integer> sessions(String title, boolean systemic) {
        if (prp(title)) {
            return new Weighted<Integer>().add(1, 2).add(2, 3).add(3, 5);
        }
        return systemic ? new Weighted<Integer>().add(1, 4).add(2, 4).add(3, 2)
                : new Weighted<Integer>().add(1, 15).add(2, 4).add(3, 1);
    }

    private static boolean prp(String title) {
        return title.contains("platelet") || title.contains("prp");
    }

    /** Adds the left and the right of a site, as core names them ({@code KNEE_LEFT}, {@code KNEE_RIGHT}). */
    private static Weighted<String> sides(String site, int weight, Weighted<String> sites) {
        return sites.add(site + "_LEFT", weight).add(site + "_RIGHT", weight);
    }
}
