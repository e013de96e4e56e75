package com.clinicplatform.admin.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import jakarta.annotation.security.PermitAll;

import com.clinicplatform.admin.audit.AuditLogView;
import com.clinicplatform.admin.clinic.ClinicProfileView;
import com.clinicplatform.admin.dashboard.DashboardView;
import com.clinicplatform.admin.inquiries.InquiryListView;
import com.clinicplatform.admin.outbox.OutboxView;
import com.clinicplatform.admin.patients.FollowUpListView;
import com.clinicplatform.admin.patients.PatientListView;
import com.clinicplatform.admin.security.ChangePasswordView;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.admin.security.TwoFactorSetupView;
import com.clinicplatform.admin.settings.PublishingSettingsView;
import com.clinicplatform.admin.treatments.ConditionListView;
import com.clinicplatform.admin.treatments.TreatmentListView;
import com.clinicplatform.admin.users.AccountListView;
import com.clinicplatform.course.FollowUpQueue;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.treatment.ConditionEditing;
import com.clinicplatform.treatment.TreatmentEditing;

/** The frame around every console view: the navigation (only what this account may open) and the user menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final InquiryInbox inquiries;
    /** How many inquiries are NEW, beside "Inquiries"; counted again at each navigation. */
    private final Span newInquiries = new Span();
    private final TreatmentCourses courses;
    private final Span followUpsDue = new Span();
    /** How many changes to treatment and condition pages wait for approval, beside their items. */
    private final Span treatmentsWaiting = new Span();
    private final Span conditionsWaiting = new Span();
    private final TreatmentEditing treatmentPages;
    private final ConditionEditing conditionPages;

    MainLayout(CurrentUser currentUser, AccessAnnotationChecker access, InquiryInbox inquiries,
            TreatmentCourses courses, TreatmentEditing treatmentPages, ConditionEditing conditionPages) {
        this.treatmentPages = treatmentPages;
        this.conditionPages = conditionPages;
        this.inquiries = inquiries;
        this.courses = courses;
        var title = new Span("Clinic console");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", DashboardView.class, VaadinIcon.HOME.create()));
        if (access.hasAccess(InquiryListView.class)) {
            var inbox = new SideNavItem("Inquiries", InquiryListView.class, VaadinIcon.INBOX.create());
            newInquiries.addClassName("nav-count");
            inbox.setSuffixComponent(newInquiries);
            // the item also matches an inquiry's own page, under the same address
            inbox.setMatchNested(true);
            nav.addItem(inbox);
        }
        if (access.hasAccess(PatientListView.class)) {
            var patients = new SideNavItem("Patients", PatientListView.class, VaadinIcon.USER_HEART.create());
            patients.setMatchNested(true);  // a patient's own page is under the same address
            nav.addItem(patients);
        }
        if (access.hasAccess(FollowUpListView.class)) {
            var followUps = new SideNavItem("Follow-ups due", FollowUpListView.class, VaadinIcon.PHONE.create());
            followUpsDue.addClassName("nav-count");
            followUps.setSuffixComponent(followUpsDue);
            followUps.setMatchNested(true);  // the plans live under the same address
            nav.addItem(followUps);
        }
        if (access.hasAccess(OutboxView.class)) {
            nav.addItem(new SideNavItem("Outbox", OutboxView.class, VaadinIcon.ENVELOPE_O.create()));
        }
        if (access.hasAccess(TreatmentListView.class)) {
            var pages = new SideNavItem("Treatments", TreatmentListView.class, VaadinIcon.FILE_TEXT_O.create());
            pages.setMatchNested(true);  // a page's editor is under the same address
            treatmentsWaiting.addClassName("nav-count");
            pages.setSuffixComponent(treatmentsWaiting);
            nav.addItem(pages);
            var conditions = new SideNavItem("Conditions", ConditionListView.class,
                    VaadinIcon.CLIPBOARD_HEART.create());
            conditions.setMatchNested(true);
            conditionsWaiting.addClassName("nav-count");
            conditions.setSuffixComponent(conditionsWaiting);
            nav.addItem(conditions);
        }
        if (access.hasAccess(ClinicProfileView.class)) {
            nav.addItem(new SideNavItem("Clinic profile", ClinicProfileView.class, VaadinIcon.BUILDING_O.create()));
        }
        if (access.hasAccess(AccountListView.class)) {
            nav.addItem(new SideNavItem("Accounts", AccountListView.class, VaadinIcon.USERS.create()));
        }
        if (access.hasAccess(PublishingSettingsView.class)) {
            nav.addItem(new SideNavItem("Publishing", PublishingSettingsView.class,
                    VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (access.hasAccess(AuditLogView.class)) {
            nav.addItem(new SideNavItem("Audit log", AuditLogView.class, VaadinIcon.CLIPBOARD_TEXT.create()));
        }
        addToDrawer(nav);

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var account = currentUser.account();
        var user = menu.addItem(new HorizontalLayout(VaadinIcon.USER.create(), new Span(account.map(a -> a.fullName())
                .orElse("Account")), VaadinIcon.CHEVRON_DOWN_SMALL.create()));
        user.setAriaLabel("Account menu");
        user.getSubMenu().addItem("Change password",
                e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        user.getSubMenu().addItem("Two-factor sign-in",
                e -> getUI().ifPresent(ui -> ui.navigate(TwoFactorSetupView.class)));
        user.getSubMenu().addItem("Sign out", e -> currentUser.signOut());
        var right = new HorizontalLayout(menu);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(right);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (newInquiries.getParent().isPresent()) {
            long count = inquiries.newCount();
            newInquiries.setText(count == 0 ? "" : Long.toString(count));
            newInquiries.setVisible(count > 0);
            newInquiries.getElement().setAttribute("aria-label", count == 1 ? "1 new" : count + " new");
        }
        if (followUpsDue.getParent().isPresent()) {
            long count = courses.count(FollowUpQueue.DUE);
            followUpsDue.setText(count == 0 ? "" : Long.toString(count));
            followUpsDue.setVisible(count > 0);
            followUpsDue.getElement().setAttribute("aria-label", count + " due");
        }
        if (treatmentsWaiting.getParent().isPresent()) {
            showWaiting(treatmentsWaiting, treatmentPages.waitingForApproval());
            showWaiting(conditionsWaiting, conditionPages.waitingForApproval());
        }
    }

    /** Changes waiting for approval, beside their kind of page: what an approver looks for. */
    private static void showWaiting(Span badge, long count) {
        badge.setText(count == 0 ? "" : Long.toString(count));
        badge.setVisible(count > 0);
        badge.getElement().setAttribute("aria-label", count + " waiting for approval");
        badge.getElement().setAttribute("title", count + " waiting for approval");
    }
}
