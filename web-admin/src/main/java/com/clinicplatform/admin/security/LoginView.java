package com.clinicplatform.admin.security;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page: Spring Security checks the form it posts, against the accounts in the database. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in – Clinic console")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "login";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("sign-in-page");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("expired")) {
            var i18n = texts();
            i18n.getErrorMessage().setTitle("You have been signed out");
            i18n.getErrorMessage().setMessage("Your session ended, for example because your password was changed"
                    + " elsewhere. Please sign in again.");
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private static LoginI18n texts() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Clinic console");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        return i18n;
    }
}
