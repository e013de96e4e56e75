package com.clinicplatform.admin.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import com.clinicplatform.account.UserAccount;

/**
 * An account that must change its password (the first administrator, an account an administrator has reset) can
 * open nothing but the password-change screen until it has.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (currentUser.account().map(UserAccount::mustChangePassword).orElse(false)) {
            event.forwardTo(ChangePasswordView.class);  // forward, so the address bar says where the person is
        }
    }
}
