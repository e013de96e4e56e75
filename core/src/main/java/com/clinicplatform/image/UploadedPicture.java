package com.clinicplatform.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * A picture an editor uploaded, checked before anything is decoded: its size in bytes, its type from its first bytes
 * (never from a file name), and its dimensions from its header — so a file that would unpack into gigabytes of pixels
 * is refused having cost a few hundred bytes of reading. Only then is it decoded, turned upright (phones store
 * pictures sideways and say so in their EXIF data) and made into each {@link Variant}. Every variant is encoded
 * afresh from pixels, so nothing of the camera's metadata (EXIF, GPS position, comments) reaches a page.
 */
final class UploadedPicture {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    static final int MIN_WIDTH = 1200;
    static final int MIN_HEIGHT = 600;
    static final long MAX_PIXELS = 40_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    static final String NOT_A_PICTURE = "Choose a JPEG or PNG picture.";
    static final String TOO_LARGE = "The picture is larger than 10 MB: choose a smaller file.";
    static final String UNREADABLE = "The picture could not be read: it may be damaged or incomplete. Save it again "
            + "as a JPEG or PNG and try once more.";

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Orientations whose upright picture is the stored one turned a quarter: its width is the stored height. */
    private static final Set<Orientation> QUARTER_TURNS = EnumSet.of(Orientation.LEFT_TOP, Orientation.RIGHT_TOP,
            Orientation.RIGHT_BOTTOM, Orientation.LEFT_BOTTOM);

    private final String mediaType;
    /** The upright picture's size as uploaded (what its variants are scaled from). */
    private final int width;
    private final int height;
    /** The decoded pixels, upright; possibly subsampled on reading (see {@link #read}). */
    private final BufferedImage pixels;

    private UploadedPicture(String mediaType, int width, int height, BufferedImage pixels) {
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** Checks the upload and decodes it; refuses, with a message for the person, whatever cannot be a hero picture. */
    static UploadedPicture read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRefusedException(NOT_A_PICTURE);
        }
        if (bytes.length > PageImages.MAX_UPLOAD_BYTES) {
            throw new ImageRefusedException(TOO_LARGE);
        }
        String mediaType = startsWith(bytes, JPEG_START) ? JPEG : startsWith(bytes, PNG_START) ? PNG : null;
        if (mediaType == null) {
            throw new ImageRefusedException(NOT_A_PICTURE);
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName(mediaType.equals(JPEG) ? "jpeg" : "png").next();
        // in memory: ImageIO would otherwise copy the stream to a temporary file as it reads
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, false);
            return read(reader, mediaType);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefusedException refused) {
                throw refused;
            }
            // a decoder meeting damaged or hostile data may throw anything: the person hears it could not be read
            throw new ImageRefusedException(UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    private static UploadedPicture read(ImageReader reader, String mediaType) throws IOException {
        int storedWidth = reader.getWidth(0);
        int storedHeight = reader.getHeight(0);
        if ((long) storedWidth * storedHeight > MAX_PIXELS) {
            throw new ImageRefusedException("The picture has too many pixels (%d × %d): at most %d megapixels."
                    .formatted(storedWidth, storedHeight, MAX_PIXELS / 1_000_000));
        }
        Orientation orientation = mediaType.equals(JPEG) ? orientation(reader) : null;
        boolean turned = orientation != null && QUARTER_TURNS.contains(orientation);
        int width = turned ? storedHeight : storedWidth;
        int height = turned ? storedWidth : storedHeight;
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new ImageRefusedException("The picture is too small: at least %d × %d pixels (this one is %d × %d)."
                    .formatted(MIN_WIDTH, MIN_HEIGHT, width, height));
        }
        // A large photo is read keeping every n-th pixel, down to no less than twice the large variant's width: a
        // 40-megapixel picture then takes a quarter of the memory, and the resizing that follows smooths it.
        int subsampling = Math.max(1, width / (2 * Variant.LARGE.maxWidth()));
        var param = reader.getDefaultReadParam();
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        // a JPEG cut short is decoded without an exception, its missing part grey: the reader only warns of it
        var warned = new boolean[1];
        reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
        BufferedImage stored = reader.read(0, param);
        if (warned[0]) {
            throw new ImageRefusedException(UNREADABLE);
        }
        BufferedImage upright = orientation == null || orientation == Orientation.TOP_LEFT ? stored
                : ExifFilterUtils.getFilterForOrientation(orientation).apply(stored);
        return new UploadedPicture(mediaType, width, height, upright);
    }

    /** Which way up the camera held the picture, from its EXIF data; none when it says nothing readable. */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;  // EXIF the camera wrote wrongly: the picture is shown as stored
        }
    }

    String mediaType() {
        return mediaType;
    }

    /**
     * The picture at the variant's size: as wide as the variant allows but never wider than uploaded, the height
     * keeping the picture's shape; JPEG stays JPEG (quality 0.85), PNG stays PNG with its transparency.
     */
    Resized resized(Variant variant) {
        int targetWidth = Math.min(width, variant.maxWidth());
        int targetHeight = (int) Math.max(1, Math.round((double) height * targetWidth / width));
        boolean alpha = mediaType.equals(PNG) && pixels.getColorModel().hasAlpha();
        try {
            BufferedImage image = Thumbnails.of(pixels)
                    .forceSize(targetWidth, targetHeight)
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
            return new Resized(variant, targetWidth, targetHeight, encode(image));
        } catch (IOException e) {
            // resizing and encoding in memory has no input or output that could fail
            throw new IllegalStateException("Could not resize a picture already decoded", e);
        }
    }

    private byte[] encode(BufferedImage image) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName(mediaType.equals(JPEG) ? "jpeg" : "png").next();
        var param = writer.getDefaultWriteParam();
        if (mediaType.equals(JPEG)) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            // a large hero appears whole at once, then sharpens, instead of line by line
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            // no metadata handed over: the file holds the pixels and the format's own header only
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] start) {
        return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
    }

    /** One variant, encoded. */
    record Resized(Variant variant, int width, int height, byte[] bytes) {
    }
}
