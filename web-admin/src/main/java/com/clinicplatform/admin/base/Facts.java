package com.clinicplatform.admin.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A record's facts as label-and-value pairs, laid out in columns by the stylesheet ({@code .facts}). */
public class Facts extends Div {

    public Facts() {
        addClassName("facts");
    }

    /** Adds one fact; the value is a component so that an address or a phone number can be a link. */
    public Facts add(String label, Component value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        value.getElement().getClassList().add("fact-value");
        add(new Div(term, value));
        return this;
    }
}
