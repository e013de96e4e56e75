package com.clinicplatform.dev;

import java.util.Map;
import java.util.Random;

/**
 * What complications after a course look like: mostly a mild flare of pain, swelling or bruising that settles in
 * days, now and then something moderate, rarely a severe infection. Kinds are core's {@code AdverseEventKind} and
 * severities its {@code Severity}, by constant name; pain or infection at a harvest site only where cells were taken.
 */
final class AdverseEvents {

    /** A complication as recorded: kind, severity, what was done, and how many days it took to settle. */
    record Event(String kind, String severity, String actionTaken, int daysToResolve) {
    }

    private static final Weighted<String> ANY_COURSE = kinds();
    private static final Weighted<String> WITH_HARVEST = kinds()
            .add("HARVEST_SITE_PAIN", 8).add("HARVEST_SITE_INFECTION", 2);

    private static final Weighted<String> MOSTLY_MILD = new Weighted<String>().add("MILD", 88).add("MODERATE", 12);
    private static final Map<String, Weighted<String>> SEVERITY = Map.of(
            "INJECTION_SITE_INFECTION", new Weighted<String>().add("MODERATE", 3).add("SEVERE", 1),
            "HARVEST_SITE_INFECTION", new Weighted<String>().add("MODERATE", 3).add("SEVERE", 1),
            "FEVER", new Weighted<String>().add("MILD", 7).add("MODERATE", 3),
            "ALLERGIC_REACTION", new Weighted<String>().add("MILD", 10).add("MODERATE", 9).add("SEVERE", 1));

    private static final Map<String, String[]> ACTIONS = Map.of(
            "PAIN_FLARE", new String[] {"Rest, ice and paracetamol for a few days.",
                "Phone review; simple painkillers and less activity for a week."},
            "SWELLING", new String[] {"Compression and elevation; checked again after three days.",
                "Ice and rest advised. Settled by the review."},
            "BRUISING", new String[] {"Reassured: expected to fade within two weeks.",
                "Nothing needed; looked at during the next visit."},
            "STIFFNESS", new String[] {"Gentle range-of-motion exercises from the physiotherapist.",
                "Advised to keep moving little and often; reviewed at two weeks."},
            "HARVEST_SITE_PAIN", new String[] {"Simple painkillers; harvest site checked after a week."},
            "INJECTION_SITE_INFECTION", new String[] {
                "Swab taken and oral antibiotics started; site checked in 48 hours.",
                "Referred to the GP for antibiotics; wound seen again in clinic."},
            "HARVEST_SITE_INFECTION", new String[] {"Oral antibiotics and daily dressings at the harvest site."},
            "FEVER", new String[] {"Fluids and paracetamol; temperature back to normal in two days.",
                "Bloods taken to rule out infection; settled without treatment."},
            "ALLERGIC_REACTION", new String[] {"Antihistamine given in clinic and observed for an hour."},
            "OTHER", new String[] {"Discussed with the supervising clinician; watched until the review."});

    private static final String[] SEVERE_ACTIONS = {
        "Admitted to hospital for intravenous antibiotics; the clinic kept in touch daily.",
        "Sent to the emergency department; clinic informed and followed up the next day."};

    private AdverseEvents() {
    }

    static Event draw(boolean harvested, Random random) {
        var kind = (harvested ? WITH_HARVEST : ANY_COURSE).pick(random);
        var severity = SEVERITY.getOrDefault(kind, MOSTLY_MILD).pick(random);
        var action = Texts.any(severity.equals("SEVERE") ? SEVERE_ACTIONS : ACTIONS.get(kind), random);
        int days = switch (severity) {
            case "MILD" -> 2 + random.nextInt(9);
            case "MODERATE" -> 5 + random.nextInt(17);
            default -> 14 + random.nextInt(32);
        };
        return new Event(kind, severity, action, days);
    }

    private static Weighted<String> kinds() {
        return new Weighted<String>().add("PAIN_FLARE", 34).add("SWELLING", 22).add("BRUISING", 14).add("STIFFNESS", 8)
                .add("FEVER", 4).add("INJECTION_SITE_INFECTION", 3).add("ALLERGIC_REACTION", 2).add("OTHER", 3);
    }
}
