package com.clinicplatform.site.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The friendly pages a visitor meets when a page does not exist or the site cannot reach its database. */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final SiteModel layout;

    ErrorPages(SiteModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler({PageNotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        layout.addLayout(model);
        return "error/404";
    }

    /** The database is away: say so kindly (503), and Hikari reconnects by itself once it is back. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String databaseUnavailable(Exception e, Model model) {
        log.warn("Database unavailable: {}", e.getMessage());
        model.addAttribute("errorMeta", SiteModel.ERROR_PAGE);
        return "error/503";
    }
}
