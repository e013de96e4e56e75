package com.clinicplatform.treatment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The address part of a page: lower-case ASCII words joined by single hyphens, at most {@value #MAX_LENGTH}
 * characters. Titles and whatever an editor types are normalised by the same rule, so "Stem Cell Therapy for
 * Hashimoto's Disease" becomes {@code stem-cell-therapy-for-hashimotos-disease}.
 */
public final class Slug {

    public static final int MAX_LENGTH = 80;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Letters that carry no accent to drop but still have a plain ASCII spelling. */
    private static final Map<String, String> LETTERS = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i");

    private Slug() {
    }

    /** Whether the text could be a slug at all: anything else names no page, and needs no database query. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() <= MAX_LENGTH && WELL_FORMED.matcher(text).matches();
    }

    /** The slug for a title or a typed slug; empty when the text holds no letter or digit at all. */
    public static String of(String text) {
        String folded = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        folded = COMBINING_MARKS.matcher(folded).replaceAll("");
        for (var letter : LETTERS.entrySet()) {
            folded = folded.replace(letter.getKey(), letter.getValue());
        }
        folded = APOSTROPHES.matcher(folded).replaceAll("");
        String slug = trimHyphens(SEPARATORS.matcher(folded).replaceAll("-"));
        return shorten(slug, MAX_LENGTH);
    }

    /**
     * The slug for the text that no other page holds yet: the plain one, else with -2, -3… appended; "untitled"
     * stands in for text without a letter or digit.
     */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        if (base.isEmpty()) {
            base = "untitled";
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Cuts at the last hyphen that keeps the slug within the limit, so no word is cut in half. */
    private static String shorten(String slug, int limit) {
        if (slug.length() <= limit) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', limit);
        return trimHyphens(cut > 0 ? slug.substring(0, cut) : slug.substring(0, limit));
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
