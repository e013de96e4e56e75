package com.clinicplatform.admin.base;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.clinicplatform.admin.dashboard.DashboardView;

/**
 * What staff see when a screen fails: a plain explanation, never a stack trace; and when the database is away, a
 * 503 that says so. The details go to the log for whoever runs the console.
 */
@PageTitle("Something went wrong – Clinic console")
@AnonymousAllowed  // it shows nothing but the explanation, and the sign-in page may need it too
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final H1 title = new H1();
    private final Paragraph explanation = new Paragraph();

    public ErrorView() {
        addClassName("view-page");
        add(title, explanation, new RouterLink("Back to the dashboard", DashboardView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (isDatabaseAway(parameter.getCaughtException())) {
            log.warn("Database unavailable while opening '{}': {}", event.getLocation().getPath(),
                    parameter.getCaughtException().getMessage());
            title.setText("The console cannot reach its database");
            explanation.setText("Please try again in a moment. If this goes on, tell whoever runs the console.");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open '{}'", event.getLocation().getPath(), parameter.getCaughtException());
        title.setText("Something went wrong");
        explanation.setText("This screen could not be shown. Please try again; if it happens again, tell whoever"
                + " runs the console what you were doing.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    static boolean isDatabaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
