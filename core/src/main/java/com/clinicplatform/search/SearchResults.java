package com.clinicplatform.search;

import java.util.List;
import java.util.Optional;

/**
 * What a search found, best first. When the words as typed found nothing but a spelling close to them did,
 * {@code correctedQuery} holds that spelling and the hits are its results.
 */
public record SearchResults(String query, Optional<String> correctedQuery, List<SearchHit> hits) {

    public static SearchResults none(String query) {
        return new SearchResults(query, Optional.empty(), List.of());
    }
}
