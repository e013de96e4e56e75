package com.clinicplatform.image;

/** The two sizes every page image is kept in: one for large screens, one for small ones. */
public enum Variant {

    LARGE(1600),
    SMALL(800);

    private final int maxWidth;

    Variant(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    /** The widest this size is made; a narrower upload keeps its own width (pictures are never enlarged). */
    public int maxWidth() {
        return maxWidth;
    }
}
