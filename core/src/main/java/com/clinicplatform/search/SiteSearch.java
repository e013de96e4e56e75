package com.clinicplatform.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published treatment and condition pages with PostgreSQL's full-text search (English stemming; title
 * above summary above body). When the words as typed find nothing, each word the pages never use is replaced by the
 * closest word they do use ({@code pg_trgm} similarity), so "stem cel therapie" still finds the stem cell pages.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

    /** Longer queries are cut: nobody types more, and the database need not read more. */
    public static final int MAX_QUERY_LENGTH = 200;

    static final int MAX_HITS = 20;
    private static final int MAX_WORDS = 10;
    /** Below this pg_trgm similarity a known word is too far from a typed one to be what the visitor meant. */
    private static final double MIN_SIMILARITY = 0.35;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    // ts_headline marks the matches with these two control characters, which page text never contains (the query
    // strips them first): the excerpt is split on them, never parsed as markup.
    private static final char START = '\u0002';
    private static final char STOP = '\u0003';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** Every word (quoted phrases and -exclusions as search engines take them). */
    private static final String ALL_WORDS = "websearch_to_tsquery('english', :query)";
    /** Any of the words: the words of the "all words" query joined by "or". */
    private static final String ANY_WORD =
            "cast(replace(cast(plainto_tsquery('english', :query) as text), '&', '|') as tsquery)";

    private final JdbcClient jdbc;

    SiteSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SearchResults search(String typed) {
        String query = normalise(typed);
        if (query.isEmpty()) {
            return SearchResults.none(query);
        }
        var hits = find(query, ALL_WORDS);
        if (!hits.isEmpty()) {
            return new SearchResults(query, Optional.empty(), true, hits);
        }
        // nothing has every word: look for pages with any of them, spelt as the pages spell them
        var correction = corrected(query);
        hits = find(correction.orElse(query), ANY_WORD);
        return new SearchResults(query, correction, false, hits);
    }

    /** The query on one line, without surrounding space, at most {@link #MAX_QUERY_LENGTH} characters. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String oneLine = typed.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return oneLine.length() <= MAX_QUERY_LENGTH ? oneLine : oneLine.substring(0, MAX_QUERY_LENGTH).strip();
    }

    private List<SearchHit> find(String query, String tsquery) {
        return jdbc.sql("""
                        select kind, slug, title, summary,
                               ts_headline('english', translate(summary || ' ' || search_text, :marks, ''),
                                           query, :options) as excerpt
                        from published_page_search, %s as query
                        where search_vector @@ query
                        order by ts_rank_cd(search_vector, query) desc, kind desc, position
                        limit :limit""".formatted(tsquery))
                .param("marks", String.valueOf(START) + STOP)
                .param("options", HEADLINE_OPTIONS)
                .param("query", query)
                .param("limit", MAX_HITS)
                .query((row, n) -> new SearchHit(SearchHit.Kind.valueOf(row.getString("kind")), row.getString("slug"),
                        row.getString("title"), row.getString("summary"), pieces(row.getString("excerpt"))))
                .list();
    }

    /**
     * The query with every word the published pages never use replaced by the most similar word they do use, or
     * empty when no word needed replacing or none was close enough. A word's stem counts too, so "therapie" becomes
     * "therapy" (stem "therapi") rather than "therapist".
     */
    private Optional<String> corrected(String query) {
        var words = WORD.matcher(query.toLowerCase(Locale.ROOT)).results().map(match -> match.group())
                .limit(MAX_WORDS).toArray(String[]::new);
        if (words.length == 0) {
            return Optional.empty();
        }
        var closest = jdbc.sql("""
                        with lexicon as (
                            select word, nentry from ts_stat($$
                                select to_tsvector('simple', title || ' ' || summary || ' ' || search_text)
                                from published_page_search$$))
                        select typed.word as typed,
                               (select l.word from lexicon l
                                where l.word = typed.word or similarity(l.word, typed.word) >= :minimum
                                order by l.word = typed.word desc,
                                         greatest(similarity(l.word, typed.word),
                                                  similarity((ts_lexize('english_stem', l.word))[1], typed.word)) desc,
                                         similarity(l.word, typed.word) desc,
                                         l.nentry desc
                                limit 1) as known
                        from regexp_split_to_table(:words, ' ') with ordinality as typed(word, n)
                        order by typed.n""")
                .param("minimum", MIN_SIMILARITY)
                .param("words", String.join(" ", words))
                .query((row, n) -> Optional.ofNullable(row.getString("known")).orElse(row.getString("typed")))
                .list();
        String correction = String.join(" ", closest);
        return correction.equals(String.join(" ", words)) ? Optional.empty() : Optional.of(correction);
    }

    /** Splits ts_headline's output on its match marks into plain-text pieces. */
    static List<SearchHit.Piece> pieces(String headline) {
        var pieces = new ArrayList<SearchHit.Piece>();
        var text = new StringBuilder();
        boolean matched = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    pieces.add(new SearchHit.Piece(text.toString(), matched));
                    text.setLength(0);
                }
                matched = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            pieces.add(new SearchHit.Piece(text.toString(), matched));
        }
        return pieces;
    }
}
