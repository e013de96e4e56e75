package com.clinicplatform.image;

/**
 * One size of a stored image, as it is served: its media type ({@code image/jpeg} or {@code image/png}) and its bytes.
 */
public record ImageFile(String mediaType, byte[] bytes) {
}
