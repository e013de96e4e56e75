package com.clinicplatform.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountAdministration;
import com.clinicplatform.account.AccountRuleException;
import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.base.NotFoundView;

/**
 * The accounts screen as a real administrator (an account in the database, so the rules about one's own account
 * apply) uses it.
 */
@SpringBootTest
@WithMockUser(username = AccountListViewTest.ADMIN, roles = "ADMIN")
class AccountListViewTest extends SpringBrowserlessTest {

    static final String ADMIN = "list.admin";

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountAdministration administration;

    @BeforeEach
    void givenARealAdministrator() {
        if (!accounts.exists(ADMIN)) {
            accounts.create(new NewAccount(ADMIN, "Ada Listadmin", "ada@clinic.example", "a long password for ada",
                    Set.of(Role.ADMIN, Role.STAFF), false));
        }
    }

    @Test
    void theGridListsTheAccountsAndTheSearchNarrowsIt() {
        String tag = tag();
        givenAccount(tag + ".one", "Olive " + tag);
        givenAccount(tag + ".two", "Oscar " + tag);
        var view = navigate(AccountListView.class);
        var grid = test(view.grid);

        assertThat(grid.size()).isGreaterThanOrEqualTo(4);  // the first administrator, ADMIN and the two above
        assertThat(rows(view.grid)).extracting(UserAccount::username).contains(ADMIN, tag + ".one", tag + ".two");

        test(view.search).setValue(tag);
        assertThat(rows(view.grid)).extracting(UserAccount::username)
                .containsExactly(tag + ".one", tag + ".two");  // by name
        assertThat(grid.getCellText(0, grid.getColumnPosition("fullName"))).isEqualTo("Olive " + tag);

        test(view.search).setValue("oscar " + tag.toUpperCase());
        assertThat(rows(view.grid)).extracting(UserAccount::username).containsExactly(tag + ".two");

        test(view.search).setValue(tag + "-nobody");
        assertThat(grid.size()).isZero();
    }

    @Test
    void aNewAccountGetsAOneTimePasswordItsOwnerMustChange() {
        String username = tag() + ".new";
        var view = navigate(AccountListView.class);

        test(view.create).click();
        var dialog = $(AccountDialog.class).single();
        assertThat(dialog.roles.getValue()).containsExactly(Role.STAFF);
        test(dialog.username).setValue(username);
        test(dialog.fullName).setValue("Nina Newcomer");
        test(dialog.email).setValue("nina@clinic.example");
        test(dialog.save).click();

        var shown = $(OneTimePasswordDialog.class).single();
        String oneTimePassword = shown.password.getValue();
        assertThat(oneTimePassword).isNotBlank();
        assertThat(shown.password.isReadOnly()).isTrue();
        assertThat(dialog.isOpened()).isFalse();
        var created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.STAFF);
        assertThat(created.fullName()).isEqualTo("Nina Newcomer");
        assertThat(created.email()).contains("nina@clinic.example");
        assertThat(passwordEncoder.matches(oneTimePassword, created.passwordHash())).isTrue();
        assertThat(created.mustChangePassword()).isTrue();
        test(view.search).setValue(username);
        assertThat(rows(view.grid)).extracting(UserAccount::username).containsExactly(username);
        var grid = test(view.grid);
        // the list tells it apart from an account in plain use (its wording is the view's own)
        assertThat(grid.getCellText(0, grid.getColumnPosition("status"))).isEqualTo("New password due");
    }

    @Test
    void anEmptyNameAndABadEmailAreShownBesideTheirFieldsAndNothingTypedIsLost() {
        String username = tag() + ".typo";
        navigate(AccountListView.class);

        test($(Button.class).withText("New account").single()).click();
        var dialog = $(AccountDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.fullName).setValue("   ");
        test(dialog.email).setValue("not-an-address");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fullName.isInvalid()).isTrue();
        assertThat(dialog.fullName.getErrorMessage()).isEqualTo("Enter the person's full name.");
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter an email address such as name@example.com.");
        assertThat(dialog.username.isInvalid()).isFalse();
        assertThat(dialog.username.getValue()).isEqualTo(username);
        assertThat(dialog.fullName.getValue()).isEqualTo("   ");
        assertThat(dialog.email.getValue()).isEqualTo("not-an-address");
        assertThat(dialog.roles.getValue()).containsExactly(Role.STAFF);
        assertThat(accounts.exists(username)).isFalse();
        assertThat($(OneTimePasswordDialog.class).exists()).isFalse();
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        var dialog = open(ADMIN);

        // not offered for one's own account (nor resetting it): the dialog says why instead
        assertThat($(Button.class, dialog).withText("Disable account…").exists()).isFalse();
        assertThat($(Button.class, dialog).withText("Reset password…").exists()).isFalse();
        assertThat($(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("your own account"));
        var self = accounts.findByUsername(ADMIN).orElseThrow();
        assertThat(self.isEnabled()).isTrue();
        assertThat(accounts.sessionStamp(ADMIN)).isPresent();
        // and the service refuses it whatever a screen offers
        assertThatThrownBy(() -> administration.disable(self.id())).isInstanceOf(AccountRuleException.class)
                .hasMessageStartingWith("You cannot disable your own account.");
        assertThat(accounts.findByUsername(ADMIN).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void disablingAnotherAccountEndsItsSessions() {
        String username = givenAccount(tag() + ".leaver", "Leo Leaver");
        assertThat(accounts.sessionStamp(username)).isPresent();
        var dialog = open(username);

        test(button(dialog, "Disable account…")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(accounts.findByUsername(username).orElseThrow().isEnabled()).isFalse();
        assertThat(accounts.sessionStamp(username)).isEmpty();
        assertThat($(Paragraph.class, dialog).withClassName("form-problem").exists()).as("no refusal shown").isFalse();
        assertThat($(Button.class, dialog).withText("Enable account").exists()).isTrue();
        var grid = test($(AccountListView.class).single().grid);
        assertThat(grid.getCellText(0, grid.getColumnPosition("status"))).isEqualTo("Disabled");
    }

    @Test
    void anAccountLockedAfterFailedSignInsIsUnlocked() {
        String username = givenAccount(tag() + ".locked", "Lola Locked");
        for (int i = 0; i < AccountService.FAILURES_BEFORE_LOCKOUT; i++) {
            accounts.recordFailedSignIn(username);
        }
        assertThat(accounts.isLockedOut(accounts.findByUsername(username).orElseThrow())).isTrue();
        var dialog = open(username);
        var grid = test($(AccountListView.class).single().grid);
        assertThat(grid.getCellText(0, grid.getColumnPosition("status"))).startsWith("Locked until ");

        test(button(dialog, "Unlock")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(accounts.isLockedOut(accounts.findByUsername(username).orElseThrow())).isFalse();
        assertThat($(Button.class, dialog).withText("Unlock").exists()).isFalse();
        assertThat(grid.getCellText(0, grid.getColumnPosition("status"))).isEqualTo("Active");
    }

    @Test
    void resettingAPasswordShowsANewOneTimePassword() {
        String username = givenAccount(tag() + ".forgot", "Fred Forgot");
        var stampBefore = accounts.sessionStamp(username).orElseThrow();
        var dialog = open(username);

        test(button(dialog, "Reset password…")).click();
        test($(ConfirmDialog.class).single()).confirm();

        var shown = $(OneTimePasswordDialog.class).single();
        String oneTimePassword = shown.password.getValue();
        var reset = accounts.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches(oneTimePassword, reset.passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(password(username), reset.passwordHash())).isFalse();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(accounts.sessionStamp(username)).isPresent().get().isNotEqualTo(stampBefore);
    }

    @Test
    @WithMockUser(username = "list.staff", roles = "STAFF")
    void staffCannotOpenTheAccounts() {
        if (!accounts.exists("list.staff")) {
            givenAccount("list.staff", "Sid Staff");
        }

        assertThat(navigate("accounts", Component.class)).isInstanceOf(NotFoundView.class);
        assertThat($(Grid.class).exists()).isFalse();
        assertThat($(Button.class).withText("New account").exists()).isFalse();
    }

    /** Opens the account's dialog from its row in the grid, found by searching for its username. */
    private AccountDialog open(String username) {
        var view = navigate(AccountListView.class);
        test(view.search).setValue(username);
        var grid = test(view.grid);
        assertThat(rows(view.grid)).extracting(UserAccount::username).containsExactly(username);
        grid.clickRow(0);
        var dialog = $(AccountDialog.class).single();
        assertThat(dialog.username.getValue()).isEqualTo(username);
        return dialog;
    }

    private Button button(AccountDialog dialog, String text) {
        return $(Button.class, dialog).withText(text).single();
    }

    private java.util.List<UserAccount> rows(Grid<UserAccount> grid) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private String givenAccount(String username, String fullName) {
        accounts.create(new NewAccount(username, fullName, null, password(username), Set.of(Role.STAFF), false));
        return username;
    }

    private static String password(String username) {
        return "the long password of " + username;
    }

    private static String tag() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }
}
