package com.clinicplatform.testsupport;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Pictures drawn by the tests themselves (Java2D), so no test needs a binary file or a photo of anyone. */
public final class TestPictures {

    private TestPictures() {
    }

    /**
     * A picture with a gradient and some coloured spots, so that a JPEG of it has a realistic size; with
     * {@code transparentLeftHalf}, the left half is fully transparent and the right half opaque.
     */
    public static BufferedImage picture(int width, int height, boolean transparentLeftHalf) {
        var image = new BufferedImage(width, height,
                transparentLeftHalf ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var pen = image.createGraphics();
        pen.setPaint(new GradientPaint(0, 0, new Color(20, 110, 90), width, height, new Color(230, 240, 200)));
        pen.fillRect(0, 0, width, height);
        var random = new Random(width * 31L + height);
        for (int i = 0; i < 400; i++) {
            pen.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            pen.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(80),
                    20 + random.nextInt(80));
        }
        if (transparentLeftHalf) {
            pen.setComposite(AlphaComposite.Clear);
            pen.fillRect(0, 0, width / 2, height);
        }
        pen.dispose();
        return image;
    }

    /** An opaque JPEG of {@link #picture}. */
    public static byte[] jpeg(int width, int height) {
        return jpeg(picture(width, height, false));
    }

    /** A PNG of {@link #picture} whose left half is transparent. */
    public static byte[] transparentPng(int width, int height) {
        return png(picture(width, height, true));
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
