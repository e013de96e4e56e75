package com.clinicplatform.admin.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/** When the console finds its session gone, the browser goes straight to the sign-in page, which says why. */
@Component
class SessionEndMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(SessionsEndedElsewhere.SIGNED_OUT_ELSEWHERE);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
