package com.clinicplatform.search;

import java.util.List;

/**
 * One page that matched: its kind and address, and an excerpt cut into plain-text pieces, some of them
 * {@link Piece#matched() matched} words, so a page can escape every piece and mark the matches without ever treating
 * page text as markup.
 */
public record SearchHit(Kind kind, String slug, String title, String summary, List<Piece> excerpt) {

    public enum Kind { TREATMENT, CONDITION }

    public record Piece(String text, boolean matched) {
    }
}
