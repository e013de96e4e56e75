package com.clinicplatform.admin.base;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.clinicplatform.admin.dashboard.DashboardView;

/**
 * An address with no view behind it, or a view this account may not open: the console does not tell the two apart,
 * so nobody learns which screens exist beyond their own.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found – Clinic console")
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("view-page");
        add(new H1("Page not found"),
                new Paragraph("This page does not exist, or your account does not give access to it. If you think it"
                        + " should, ask an administrator."),
                new RouterLink("Back to the dashboard", DashboardView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
