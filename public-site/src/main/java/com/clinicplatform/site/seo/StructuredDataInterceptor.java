package com.clinicplatform.site.seo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import com.clinicplatform.clinic.ClinicDetails;

/**
 * Adds the page's JSON-LD ({@code structuredData}) once its handler has described it ({@code meta}) and the layout's
 * model holds the clinic; the template only writes it out.
 */
class StructuredDataInterceptor implements HandlerInterceptor {

    private final StructuredData structuredData;

    StructuredDataInterceptor(StructuredData structuredData) {
        this.structuredData = structuredData;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (modelAndView != null && modelAndView.getModel().get("meta") instanceof PageMeta meta) {
            var clinic = modelAndView.getModel().get("clinic") instanceof ClinicDetails details ? details : null;
            modelAndView.addObject("structuredData", structuredData.script(meta, clinic));
        }
    }
}
