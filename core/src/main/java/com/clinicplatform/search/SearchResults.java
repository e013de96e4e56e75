package com.clinicplatform.search;

import java.util.List;
import java.util.Optional;

/**
 * What a search found, best first. When no page has every word ({@code allWords} false), the hits are the pages with
 * any of them, and when some words were not ones the pages use, {@code correctedQuery} holds the closest spelling
 * they do use, which was searched instead.
 */
public record SearchResults(String query, Optional<String> correctedQuery, boolean allWords, List<SearchHit> hits) {

    public static SearchResults none(String query) {
        return new SearchResults(query, Optional.empty(), true, List.of());
    }
}
