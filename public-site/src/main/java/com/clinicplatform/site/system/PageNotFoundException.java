package com.clinicplatform.site.system;

/** No public page lives at this address (or it is not published). */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException() {
        super(null, null, false, false);
    }
}
