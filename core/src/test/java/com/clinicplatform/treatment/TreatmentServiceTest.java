package com.clinicplatform.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class TreatmentServiceTest {

    @Autowired
    TreatmentService treatments;

    @Autowired
    EntityManager entityManager;

    @Test
    void aPublishedPageKnowsItsPublishedNeighboursInCatalogueOrder() {
        publish("Stem Cell Therapy for Knee Pain");
        create("A draft between them");
        publish("Stem Cell Therapy for Joint Pain");
        publish("Stem Cell Therapy for Hashimoto's Disease");
        // read back from PostgreSQL, not from what Hibernate still holds
        entityManager.flush();
        entityManager.clear();

        var page = treatments.publishedPage("stem-cell-therapy-for-joint-pain").orElseThrow();

        assertThat(page.title()).isEqualTo("Stem Cell Therapy for Joint Pain");
        assertThat(page.previous()).map(TreatmentLink::slug).contains("stem-cell-therapy-for-knee-pain");
        assertThat(page.next()).map(TreatmentLink::slug).contains("stem-cell-therapy-for-hashimotos-disease");
        assertThat(page.sections()).extracting(TreatmentSection::heading).containsExactly("What is it?", "How does it work?");
        assertThat(page.faqs()).extracting(FaqEntry::question).containsExactly("Does it hurt?");
    }

    @Test
    void theFirstAndLastPagesHaveOnlyOneNeighbour() {
        publish("First");
        publish("Last");

        assertThat(treatments.publishedPage("first").orElseThrow().previous()).isEmpty();
        assertThat(treatments.publishedPage("last").orElseThrow().next()).isEmpty();
    }

    @Test
    void draftsAreNotPublic() {
        create("Not yet ready");

        assertThat(treatments.publishedPage("not-yet-ready")).isEmpty();
        assertThat(treatments.publishedCatalogue()).isEmpty();
    }

    @Test
    void theCatalogueListsPublishedPagesInOrder() {
        publish("Bravo");
        create("Hidden");
        publish("Alpha");

        assertThat(treatments.publishedCatalogue()).extracting(TreatmentLink::title).containsExactly("Bravo", "Alpha");
    }

    @Test
    void aTakenSlugGetsANumber() {
        var first = create("Knee Pain");
        var second = create("Knee pain!");

        assertThat(first.slug()).isEqualTo("knee-pain");
        assertThat(second.slug()).isEqualTo("knee-pain-2");
    }

    @Test
    void pagesAreSortedAndCutByTheDatabase() {
        for (String title : List.of("Delta", "Alpha", "Charlie", "Bravo")) {
            create(title);
        }

        var page = treatments.page(PageRequest.of(1, 2, Sort.by("title")));

        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getContent()).extracting(TreatmentRow::title).containsExactly("Charlie", "Delta");
    }

    @Test
    void aTreatmentWithoutATitleIsRefused() {
        assertThatThrownBy(() -> treatments.create(new NewTreatment(" ", "Summary", null, null, List.of(), List.of())))
                .isInstanceOf(ConstraintViolationException.class);
    }

    private TreatmentRow create(String title) {
        return treatments.create(new NewTreatment(title, "About " + title, null, null,
                List.of(new TreatmentSection("What is it?", "An *injection*."),
                        new TreatmentSection("How does it work?", "Gently.")),
                List.of(new FaqEntry("Does it hurt?", "A little."))));
    }

    private void publish(String title) {
        treatments.publish(create(title).id());
    }
}
