package com.clinicplatform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.NewCondition;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

@SpringBootTest
@Transactional
class SiteSearchTest {

    @Autowired
    SiteSearch search;

    @Autowired
    TreatmentService treatments;

    @Autowired
    ConditionService conditions;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void publishSomePages() {
        publish("Stem Cell Therapy for Knee Pain", "Cells from your own bone marrow are injected into the knee.");
        publish("Platelet-Rich Plasma for Tendons", "Your own blood is spun to concentrate platelets. The knee "
                + "is mentioned here only once, deep in the text about tendons and their slow healing.");
        publish("Thyroid Support", "Nothing about joints at all.");
        treatments.create(treatment("Knee Draft", "An unpublished page about the knee."));
        String slug = conditions.create(new NewCondition("Knee pain", "Pain in or around the knee.",
                "Knee pain has **many** causes.", null, null));
        conditions.publish(slug);
        entityManager.flush();  // search reads with SQL, which Hibernate does not flush for
    }

    @Test
    void findsPublishedPagesRankingTitlesAboveBodies() {
        var results = search.search("knee");

        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.allWords()).isTrue();
        assertThat(results.hits()).extracting(SearchHit::title)
                .containsExactlyInAnyOrder("Stem Cell Therapy for Knee Pain", "Knee pain",
                        "Platelet-Rich Plasma for Tendons")
                .last().isEqualTo("Platelet-Rich Plasma for Tendons");
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        assertThat(search.search("injections").hits()).extracting(SearchHit::slug)
                .containsExactly("stem-cell-therapy-for-knee-pain");
    }

    @Test
    void aSmallTypoStillFindsThePageAndSaysWhatWasSearched() {
        var results = search.search("platelett tendns");

        assertThat(results.correctedQuery()).contains("platelet tendons");
        assertThat(results.hits()).extracting(SearchHit::slug).containsExactly("platelet-rich-plasma-for-tendons");
    }

    @Test
    void whenNoPageHasEveryWordPagesWithSomeOfThemAreFound() {
        var results = search.search("marrow thyroid");

        assertThat(results.allWords()).isFalse();
        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.hits()).extracting(SearchHit::slug)
                .containsExactlyInAnyOrder("stem-cell-therapy-for-knee-pain", "thyroid-support");
    }

    @Test
    void aCorrectionPrefersTheWordWhoseStemIsClosest() {
        publish("Talking Therapist", "A therapist listens, and cells, cells, cells are everywhere.");

        assertThat(search.search("cel therapie").correctedQuery()).contains("cell therapy");
    }

    @Test
    void excerptsMarkTheMatchedWordsAsSeparatePlainTextPieces() {
        var hit = search.search("marrow").hits().getFirst();

        assertThat(hit.excerpt()).filteredOn(SearchHit.Piece::matched).extracting(SearchHit.Piece::text)
                .containsExactly("marrow");
        assertThat(hit.excerpt()).extracting(SearchHit.Piece::text).allMatch(text -> !text.contains("**"));
    }

    @Test
    void excerptsAreUnescapedTextWithoutAnyMarkupTheAuthorTyped() {
        publish("Careful Page", "A <script>alert(1)</script> tag, and doses of 5 < 10 & 7 > 3 marrow.");

        var hit = search.search("careful marrow").hits().getFirst();

        assertThat(String.join("", hit.excerpt().stream().map(SearchHit.Piece::text).toList()))
                .doesNotContain("<script").contains("5 < 10 & 7 > 3").doesNotContain("&amp;");
    }

    @Test
    void nothingFoundAndNothingToCorrectGivesNoHits() {
        assertThat(search.search("zzzqqqxxx").hits()).isEmpty();
        assertThat(search.search("   ").hits()).isEmpty();
        assertThat(search.search(null).query()).isEmpty();
    }

    @Test
    void operatorsAndOddCharactersAreJustText() {
        assertThat(search.search("knee & | ! ( ' \" : * <>").hits()).isNotEmpty();
        assertThat(search.search("\"knee pain\" -tendons").hits()).extracting(SearchHit::title)
                .doesNotContain("Platelet-Rich Plasma for Tendons");
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() {
        assertThat(search.search("knee ".repeat(500)).query()).hasSizeLessThanOrEqualTo(SiteSearch.MAX_QUERY_LENGTH);
    }

    @Test
    void piecesSplitOnTheMarks() {
        assertThat(SiteSearch.pieces("a \u0002b\u0003 c")).containsExactly(new SearchHit.Piece("a ", false),
                new SearchHit.Piece("b", true), new SearchHit.Piece(" c", false));
    }

    private void publish(String title, String body) {
        treatments.publish(treatments.create(treatment(title, body)).id());
        entityManager.flush();
    }

    private static NewTreatment treatment(String title, String body) {
        return new NewTreatment(title, "About " + title.toLowerCase(), null, null,
                List.of(new TreatmentSection("What is it?", body)), List.of(new FaqEntry("Does it hurt?", "Rarely.")));
    }
}
