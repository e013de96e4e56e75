package com.clinicplatform.treatment;

import com.clinicplatform.image.StoredImage;

/** The picture at the top of a page as the public site shows it: the stored image and its alt text. */
public record PageHero(StoredImage image, String alt) {
}
