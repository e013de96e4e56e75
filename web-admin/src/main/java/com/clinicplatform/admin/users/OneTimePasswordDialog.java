package com.clinicplatform.admin.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import com.clinicplatform.account.AccountAdministration.OneTimePassword;

/** Shows a new or reset account's one-time password, this once: it is stored only as a hash. */
class OneTimePasswordDialog extends Dialog {

    final TextField password = new TextField("One-time password");

    OneTimePasswordDialog(String title, OneTimePassword oneTime) {
        setHeaderTitle(title);
        setWidth("min(30rem, 95vw)");
        password.setValue(oneTime.password());
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("secret-key");
        add(new Paragraph("Give " + oneTime.account().fullName() + " (username " + oneTime.account().username()
                        + ") this password in person or by phone. It is shown only now; they must choose their own"
                        + " when they first sign in with it."),
                password);
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
