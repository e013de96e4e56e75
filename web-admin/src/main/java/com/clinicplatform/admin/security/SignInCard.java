package com.clinicplatform.admin.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The one card the sign-in steps show on a page of their own, without the console's navigation: changing the
 * password, the code from the app, setting the app up. Also the field for that code, alike wherever it is asked.
 */
final class SignInCard {

    private SignInCard() {
    }

    /** Makes {@code page} the card's page; returns the card's content, which a step may later replace. */
    static VerticalLayout on(Main page, Component... content) {
        page.addClassName("password-page");
        var form = new VerticalLayout(content);
        form.setPadding(false);
        var card = new Div(form);
        card.addClassName("password-card");
        page.add(card);
        return form;
    }

    static H1 title(String text) {
        var title = new H1(text);
        title.addClassName("card-title");
        return title;
    }

    /** "Authentication code", as the phone fills it in; {@code digitsOnly} unless a recovery code is welcome too. */
    static TextField codeField(String helperText, boolean digitsOnly) {
        var code = new TextField("Authentication code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", digitsOnly ? "numeric" : "text");
        code.setMaxLength(digitsOnly ? 6 : 20);
        code.setHelperText(helperText);
        code.setWidthFull();
        code.addValueChangeListener(e -> code.setInvalid(false));
        return code;
    }

    /** The field's mistake, said beside it, with the cursor back in it. */
    static void showError(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
