package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.clinicplatform.admin.dashboard.DashboardView;
import com.clinicplatform.admin.treatments.TreatmentListView;

@SpringBootTest
class SignInRedirectTest extends SpringBrowserlessTest {

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheSignInPage() {
        navigate("treatments", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class).isNotInstanceOf(TreatmentListView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void theDashboardIsClosedToVisitorsToo() {
        navigate("", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class).isNotInstanceOf(DashboardView.class);
    }

    @Test
    void signingOutIsConfirmed() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("signed-out", "")));

        assertThat($(Paragraph.class).withText("You have signed out.").single().isVisible()).isTrue();
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void aDatabaseOutageIsNotReportedAsAWrongPassword() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("unavailable", "")));

        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void aFailedSignInSaysSo() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("error", "")));

        assertThat($(LoginForm.class).single().isError()).isTrue();
    }
}
