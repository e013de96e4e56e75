package com.clinicplatform.treatment;

/** Another page holds, or is about to go live at, the address an editor chose. */
public class SlugTakenException extends RuntimeException {

    private final String slug;

    public SlugTakenException(String slug) {
        super("Another page uses the address " + slug + ". Choose another.");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
