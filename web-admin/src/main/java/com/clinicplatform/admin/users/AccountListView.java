package com.clinicplatform.admin.users;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.account.AccountAdministration;
import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FilteredList;
import com.clinicplatform.admin.security.CurrentUser;

/** Every account that can reach the console, searchable; an account opens in a dialog with what can be done to it. */
@Route("accounts")
@PageTitle("Accounts – Clinic console")
@RolesAllowed("ADMIN")
public class AccountListView extends Main {

    private final AccountAdministration administration;
    private final AccountService accounts;
    private final ConsoleFormats formats;
    private final CurrentUser currentUser;

    final Grid<UserAccount> grid = new Grid<>();
    final TextField search = new TextField("Search");
    final Button create = new Button("New account", VaadinIcon.PLUS.create());

    AccountListView(AccountAdministration administration, AccountService accounts, ConsoleFormats formats,
            CurrentUser currentUser) {
        this.administration = administration;
        this.accounts = accounts;
        this.formats = formats;
        this.currentUser = currentUser;

        search.setPlaceholder("Name, username or email");
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(null));

        // no email column: the dialog shows it, the search finds it, and the grid fits a laptop without scrolling
        grid.addColumn(UserAccount::fullName).setHeader("Name").setKey("fullName").setSortable(true)
                .setWidth("10rem").setFlexGrow(1).setTooltipGenerator(UserAccount::fullName);
        grid.addColumn(UserAccount::username).setHeader("Username").setKey("username").setSortable(true)
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(AccountListView::roleNames).setHeader("Roles").setKey("roles").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(AccountListView::roleNames);
        grid.addColumn(account -> status(account, accounts, formats)).setHeader("Status").setKey("status")
                .setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(account -> account.isTwoFactorEnrolled() ? "On" : "Off").setHeader("Two-factor")
                .setKey("twoFactor").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(account -> account.lastSignInAt().map(formats::dateTime).orElse("Never"))
                .setHeader("Last sign-in").setKey("lastSignInAt").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No account matches.");
        grid.setItems(query -> administration.page(search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) administration.count(search.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));

        FilteredList.arrange(this, "Accounts", create, grid, search);
    }

    /** In a word or three: whether the account can be used now, and what its owner must do first. */
    static String status(UserAccount account, AccountService accounts, ConsoleFormats formats) {
        if (!account.isEnabled()) {
            return "Disabled";
        }
        if (accounts.isLockedOut(account)) {
            return account.lockedUntil().map(until -> "Locked until " + formats.time(until)).orElse("Locked");
        }
        return account.mustChangePassword() ? "New password due" : "Active";
    }

    private static String roleNames(UserAccount account) {
        return account.roles().stream().map(RoleLabels::name).collect(Collectors.joining(", "));
    }

    private void open(UserAccount account) {
        var fresh = account == null ? null : administration.find(account.id()).orElse(null);
        var signedInAs = currentUser.principal().map(user -> user.getUsername()).orElse("");
        new AccountDialog(administration, accounts, formats, signedInAs, fresh,
                () -> grid.getDataProvider().refreshAll()).open();
    }
}
