package com.clinicplatform.image;

/** An upload that cannot become a page image; the message says why, in words for the person who chose the file. */
public class ImageRefusedException extends RuntimeException {

    public ImageRefusedException(String message) {
        super(message);
    }
}
