package com.clinicplatform.admin.security;

import java.io.IOException;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;

import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;

/**
 * What a session ended from elsewhere (a password change, an administrator) sees on its next request: the console's
 * own background requests get the answer Vaadin understands, so the browser moves to the sign-in page and says
 * why; a page request is sent there directly.
 */
@Component
class ConsoleSessionExpiry implements SessionInformationExpiredStrategy {

    static final String SIGNED_OUT_ELSEWHERE = LoginView.ROUTE + "?expired";

    private final RequestUtil vaadinRequests;

    ConsoleSessionExpiry(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
        } else {
            response.sendRedirect(request.getContextPath() + "/" + SIGNED_OUT_ELSEWHERE);
        }
    }
}
