package com.clinicplatform.admin.inquiries;

import com.vaadin.flow.component.html.Span;

import com.clinicplatform.inquiry.InquiryStatus;

/** An inquiry's status as a small coloured label; the colour comes from the stylesheet, by status. */
final class StatusBadge extends Span {

    StatusBadge(InquiryStatus status) {
        super(status.label());
        addClassName("state-badge");
        getElement().setAttribute("data-inquiry-status", status.name());
    }
}
