package com.clinicplatform.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.publication.PublishingPolicy;
import com.clinicplatform.publication.PublishingSettings;

/** The approval switch as an administrator uses it: turning it off asks first; a colleague's choice is never undone. */
@SpringBootTest
@WithMockUser(username = PublishingSettingsViewTest.ADMIN, roles = "ADMIN")
class PublishingSettingsViewTest extends SpringBrowserlessTest {

    static final String ADMIN = "switch.admin";
    private static final String COLLEAGUE = "switch.colleague";

    @Autowired
    PublishingSettings settings;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsoleFormats formats;

    @BeforeEach
    void givenTheAdministratorsAndApprovalOn() {
        if (!accounts.exists(ADMIN)) {
            accounts.create(new NewAccount(ADMIN, "Sam Switch", null, "a long password for sam",
                    Set.of(Role.ADMIN), false));
            accounts.create(new NewAccount(COLLEAGUE, "Cleo Colleague", null, "a long password for cleo",
                    Set.of(Role.ADMIN), false));
        }
        putApprovalBackOn();
    }

    /** The switch is the installation's: other tests find it on, as a new installation has it. */
    @AfterEach
    void putApprovalBackOn() {
        var approval = settings.approval();
        if (!approval.pagesNeedApproval()) {
            settings.requireApproval(true, approval.version());
        }
    }

    @Test
    void turningApprovalOffAsksFirstSaysWhatIsAtRiskAndCancellingKeepsItOn() {
        var view = navigate(PublishingSettingsView.class);
        assertThat(view.pagesNeedApproval.getValue()).isTrue();

        test(view.pagesNeedApproval).click();

        var dialog = test($(ConfirmDialog.class).single());
        assertThat(dialog.getHeader()).isEqualTo("Turn off approval?");
        assertThat(dialog.getText()).contains("Medical claims").contains("unchecked");
        dialog.cancel();
        assertThat(view.pagesNeedApproval.getValue()).isTrue();
        assertThat(settings.pagesNeedApproval()).isTrue();
    }

    @Test
    void confirmedItGoesOffSignedByTheAdministratorAndGoesBackOnWithoutAsking() {
        var view = navigate(PublishingSettingsView.class);

        test(view.pagesNeedApproval).click();
        test($(ConfirmDialog.class).single()).confirm();

        var off = settings.approval();
        assertThat(off.pagesNeedApproval()).isFalse();
        assertThat(off.updatedByName()).isEqualTo("Sam Switch");
        assertThat(view.pagesNeedApproval.getValue()).isFalse();
        assertThat(view.lastChanged.getText())
                .isEqualTo("Last changed by Sam Switch on " + formats.dateTime(off.updatedAt()) + ".");

        test(view.pagesNeedApproval).click();

        assertThat($(ConfirmDialog.class).all()).noneMatch(ConfirmDialog::isOpened);
        assertThat(settings.pagesNeedApproval()).isTrue();
        assertThat(view.pagesNeedApproval.getValue()).isTrue();
    }

    @Test
    void aColleaguesChoiceMadeMeanwhileIsShownAndNotOverwritten() {
        var view = navigate(PublishingSettingsView.class);
        var colleagues = asColleague(() -> settings.requireApproval(false, settings.approval().version()));
        asColleague(() -> settings.requireApproval(true, colleagues.version()));

        test(view.pagesNeedApproval).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(settings.pagesNeedApproval()).as("the colleague's choice stands").isTrue();
        assertThat(view.pagesNeedApproval.getValue()).isTrue();
        assertThat(view.lastChanged.getText()).startsWith("Last changed by Cleo Colleague on ");
        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .startsWith("Someone else changed this setting");
    }

    private PublishingPolicy.Approval asColleague(Supplier<PublishingPolicy.Approval> change) {
        var admin = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                COLLEAGUE, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return change.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(admin);
        }
    }
}
