package com.clinicplatform.site.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages the servlet container shows for errors no handler answered (a malformed address, a 500): always the
 * site's own HTML pages in its layout, whatever the client said it accepts — a public website has no JSON errors.
 */
@Controller
class SiteErrorController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response) {
        // asked for directly, without an error behind it, /error is a page that does not exist
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        response.setStatus(status);
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "error/404";
        }
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            return "error/503";
        }
        return status >= 400 && status < 500 ? "error/4xx" : "error";
    }
}
