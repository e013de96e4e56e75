package com.clinicplatform.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/** Condition pages go the same way as treatment pages: drafted, approved by another, published, moved. */
@SpringBootTest
@Transactional
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class ConditionEditingTest {

    @Autowired
    ConditionEditing editing;

    @Autowired
    ConditionService conditions;

    @Autowired
    AccountService accounts;

    @Autowired
    ActingPerson acting;

    @Autowired
    EntityManager entityManager;

    UserAccount writer;
    UserAccount approver;

    @BeforeEach
    void twoEditors() {
        writer = editor("Cora Writer");
        approver = editor("Abe Approver");
        acting.as(writer);
    }

    @Test
    void aRewrittenDescriptionAtANewAddressGoesLiveOnceAnotherEditorApprovesIt() {
        conditions.publish(conditions.create(new NewCondition("Tennis Elbow", "Pain on the outside of the elbow.",
                "Overuse of the forearm's tendons.", null, null)));
        long id = conditions.page(PageRequest.of(0, 100)).stream().filter(row -> row.slug().equals("tennis-elbow"))
                .findFirst().orElseThrow().id();
        var opened = editing.open(id).orElseThrow();
        var rewritten = new ConditionContent("Tennis Elbow", "Lateral Elbow Pain", opened.content().summary(),
                "A tendon problem from **repeated gripping**.", null, null, null);

        var draft = editing.save(id, opened.head().head(), rewritten);
        assertThat(draft.content().slug()).isEqualTo("lateral-elbow-pain");
        assertThat(published("tennis-elbow").description()).isEqualTo("Overuse of the forearm's tendons.");
        var waiting = editing.submit(id, draft.head().head(), null);
        assertThatThrownBy(() -> editing.approve(id, waiting.head().head()))
                .isInstanceOf(PublishingRuleException.class);
        acting.as(approver);
        editing.approve(id, waiting.head().head());

        assertThat(published("lateral-elbow-pain").description())
                .isEqualTo("A tendon problem from **repeated gripping**.");
        assertThat(conditions.movedTo("tennis-elbow")).contains("lateral-elbow-pain");
        assertThat(editing.diff(id, 1, 2).hunks()).isNotEmpty();
        assertThat(editing.waitingForApproval()).isZero();
    }

    @Test
    void aDraftConditionIsOnlyInItsPreview() {
        long id = editing.create(new NewCondition("Frozen Shoulder", "Stiffness and pain.", "What it is.", null,
                null));

        var edit = editing.open(id).orElseThrow();

        assertThat(edit.pageState()).isEqualTo(PageState.DRAFT);
        assertThat(conditions.publishedPage("frozen-shoulder")).isEmpty();
        assertThat(conditions.preview(edit.previewToken())).map(ConditionPage::description).contains("What it is.");
    }

    private ConditionPage published(String slug) {
        entityManager.flush();
        entityManager.clear();
        return conditions.publishedPage(slug).orElseThrow();
    }

    private UserAccount editor(String name) {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewAccount(username, name, null, "a long password for " + username,
                Set.of(Role.EDITOR), false));
    }
}
