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
    ConditionService conditions;

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
        assertThat(treatments.catalogue().treatments()).isEmpty();
    }

    @Test
    void theCatalogueListsPublishedPagesInOrder() {
        publish("Bravo");
        create("Hidden");
        publish("Alpha");

        assertThat(treatments.catalogue().treatments()).extracting(TreatmentLink::title).containsExactly("Bravo", "Alpha");
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
        assertThat(page.getContent()).extracting(PageRow::title).containsExactly("Charlie", "Delta");
    }

    @Test
    void aTreatmentWithoutATitleIsRefused() {
        assertThatThrownBy(() -> treatments.create(new NewTreatment(" ", "Summary", null, null, List.of(), List.of())))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void theCatalogueGroupsTreatmentsUnderTheConditionsTheyAddress() {
        var knee = publish("Knee Injection");
        var joint = publish("Joint Injection");
        publish("Thyroid Infusion");
        create("Draft Knee Injection");
        String kneePain = publishedCondition("Knee pain");
        String jointPain = publishedCondition("Joint pain");
        conditions.create(new NewCondition("Draft condition", "Not yet.", "Text.", null, null));
        treatments.setConditions(knee, List.of(kneePain, jointPain));
        treatments.setConditions(joint, List.of(jointPain));
        entityManager.flush();
        entityManager.clear();

        var catalogue = treatments.catalogue();

        assertThat(catalogue.byCondition()).extracting(group -> group.condition().name())
                .containsExactly("Knee pain", "Joint pain");
        assertThat(catalogue.byCondition().get(1).treatments()).extracting(TreatmentLink::title)
                .containsExactly("Knee Injection", "Joint Injection");
        assertThat(catalogue.treatments()).extracting(TreatmentLink::title)
                .containsExactly("Knee Injection", "Joint Injection", "Thyroid Infusion");
    }

    @Test
    void aPageLinksItsConditionsAndOtherPublishedTreatmentsForThemBesidesItsNeighbours() {
        var knee = publish("Knee Injection");
        publish("Unrelated Infusion");
        var hip = publish("Hip Injection");
        var joint = publish("Joint Injection");
        var draft = create("Draft Injection").id();
        String jointPain = publishedCondition("Joint pain");
        for (long id : List.of(knee, hip, joint, draft)) {
            treatments.setConditions(id, List.of(jointPain));
        }
        entityManager.flush();
        entityManager.clear();

        var kneePage = treatments.publishedPage("knee-injection").orElseThrow();

        assertThat(kneePage.conditions()).extracting(ConditionLink::slug).containsExactly("joint-pain");
        assertThat(kneePage.related()).extracting(TreatmentLink::title).containsExactly("Hip Injection", "Joint Injection");
        assertThat(treatments.publishedPage("hip-injection").orElseThrow().related()).as("next is linked already")
                .extracting(TreatmentLink::title).containsExactly("Knee Injection");
        assertThat(conditions.publishedPage("joint-pain").orElseThrow().treatments()).extracting(TreatmentLink::title)
                .containsExactly("Knee Injection", "Hip Injection", "Joint Injection");
    }

    @Test
    void anUnknownConditionIsRefused() {
        var knee = publish("Knee Injection");

        assertThatThrownBy(() -> treatments.setConditions(knee, List.of("no-such-condition")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String publishedCondition(String name) {
        String slug = conditions.create(new NewCondition(name, "About " + name, "What **" + name + "** is.", null,
                null));
        conditions.publish(slug);
        return slug;
    }

    private PageRow create(String title) {
        return treatments.create(new NewTreatment(title, "About " + title, null, null,
                List.of(new TreatmentSection("What is it?", "An *injection*."),
                        new TreatmentSection("How does it work?", "Gently.")),
                List.of(new FaqEntry("Does it hurt?", "A little."))));
    }

    private long publish(String title) {
        long id = create(title).id();
        treatments.publish(id);
        return id;
    }
}
