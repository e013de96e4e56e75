package com.clinicplatform.admin.security;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.admin.dashboard.DashboardView;
import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;

/** The sign-in page: Spring Security checks the form it posts, against the accounts in the database. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in – Clinic console")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "login";
    private static final String TYPED_USERNAME = LoginView.class.getName() + ".typedUsername";
    private static final int MAX_USERNAME = 64;
    private static final String CONSOLE = "Clinic console";
    /** Where signing out leads: the sign-in page, confirming it. */
    public static final String SIGNED_OUT = ROUTE + "?signed-out";
    /** The sign-in page's answer after too many wrong codes from an authenticator app. */
    public static final String TOO_MANY_CODES = "too-many-codes";
    /** The sign-in page's answer to an address that has failed too often lately. */
    public static final String SLOW_DOWN = "slow-down";

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final String clinicName;

    public LoginView(AuthenticationContext authentication, ClinicProfileService profile) {
        this.authentication = authentication;
        this.clinicName = clinicName(profile);
        addClassName("sign-in-page");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null, null));
        notice.addClassName("sign-in-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        add(notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(DashboardView.class);  // already signed in: nothing to do here
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setI18n(texts("Incorrect username or password", "Check your username and password and try again."));
            form.setError(true);
            keepTypedUsername();
        } else if (parameters.containsKey("unavailable")) {
            form.setI18n(texts("The console cannot reach its database", "Your password was not checked. Please try"
                    + " again in a moment; if this goes on, tell whoever runs the console."));
            form.setError(true);
        } else if (parameters.containsKey("expired")) {
            form.setI18n(texts("You have been signed out", "Your session ended, for example because your password"
                    + " was changed elsewhere or you were away for a while. Please sign in again."));
            form.setError(true);
        } else if (parameters.containsKey(TOO_MANY_CODES)) {
            form.setI18n(texts("Too many wrong codes", "Signing in to this account is paused for "
                    + AccountService.LOCKOUT.toMinutes() + " minutes. If you no longer have your authenticator app"
                    + " or your recovery codes, ask an administrator to reset your two-factor sign-in."));
            form.setError(true);
        } else if (parameters.containsKey(SLOW_DOWN)) {
            form.setI18n(texts("Too many failed sign-ins", "There have been many failed sign-ins from your network"
                    + " in the last few minutes. Wait a minute, then try again."));
            form.setError(true);
            keepTypedUsername();
        } else if (parameters.containsKey("signed-out")) {
            notice.setText("You have signed out.");
            notice.setVisible(true);
        }
    }

    /** Keeps what was typed as the username of a failed sign-in, for the form that asks again. */
    static void rememberUsername(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank() && typed.length() <= MAX_USERNAME) {
            request.getSession().setAttribute(TYPED_USERNAME, typed.strip());
        }
    }

    /** Puts the username back into the form (as its value, never as markup) and moves on to the password. */
    private void keepTypedUsername() {
        var session = VaadinSession.getCurrent().getSession();
        if (session.getAttribute(TYPED_USERNAME) instanceof String typed) {
            session.removeAttribute(TYPED_USERNAME);
            form.getElement().executeJs("const user = this.querySelector('[name=\"username\"]');"
                    + " const password = this.querySelector('[name=\"password\"]');"
                    + " if (user) { user.value = $0; } if (password) { password.focus(); }", typed);
        }
    }

    /** The clinic's name above the form; the page must still work when the database does not. */
    private static String clinicName(ClinicProfileService profile) {
        try {
            return profile.details().map(ClinicDetails::name).orElse(CONSOLE);
        } catch (DataAccessException | TransactionException e) {
            return CONSOLE;
        }
    }

    private LoginI18n texts(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(clinicName);
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
