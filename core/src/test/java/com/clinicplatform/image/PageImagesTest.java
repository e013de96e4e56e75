package com.clinicplatform.image;

import static com.clinicplatform.testsupport.TestPictures.jpeg;
import static com.clinicplatform.testsupport.TestPictures.picture;
import static com.clinicplatform.testsupport.TestPictures.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.testsupport.ActingPerson;

/**
 * Pictures editors upload, drawn by the test itself: kept in two sizes without the camera's metadata, and refused
 * with a message a person understands when they cannot be a page's hero. Method security is on, as in web-admin.
 */
@SpringBootTest
@Import({ActingPerson.Configuration.class, PageImagesTest.MethodSecurity.class})
@WithMockUser(username = "image.editor", roles = "EDITOR")
class PageImagesTest {

    @Autowired
    PageImages images;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    ActingPerson acting;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void actAsAnEditor() {
        acting.as(accounts.findByUsername("image.editor").orElseGet(() -> accounts.create(new NewAccount(
                "image.editor", "Ida Editor", null, "a long password for the editor", Set.of(Role.EDITOR), false))));
    }

    @Test
    void aJpegIsKeptLargeAndSmallInItsOwnShapeAndTheUploadIsAudited() throws IOException {
        var stored = images.upload(jpeg(picture(2400, 1200, false)));

        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        assertThat(List.of(stored.width(), stored.height(), stored.smallWidth(), stored.smallHeight()))
                .containsExactly(1600, 800, 800, 400);
        assertThat(images.byKey(stored.key())).contains(stored);
        assertThat(images.byId(stored.id())).contains(stored);
        var large = images.variant(stored.key(), Variant.LARGE).orElseThrow();
        var small = images.variant(stored.key(), Variant.SMALL).orElseThrow();
        assertThat(large.mediaType()).isEqualTo("image/jpeg");
        assertThat(formatOf(large.bytes())).isEqualTo("JPEG");
        assertThat(size(decode(large.bytes()))).containsExactly(1600, 800);
        assertThat(size(decode(small.bytes()))).containsExactly(800, 400);
        assertThat(jdbc.sql("select uploaded_by_id from page_image where id = ?").param(stored.id())
                .query(Long.class).single()).isEqualTo(accounts.findByUsername("image.editor").orElseThrow().id());
        assertThat(audit.history(PageImages.AUDIT_TARGET, stored.id())).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.IMAGE_UPLOADED);
            assertThat(event.actorUsername()).isEqualTo("image.editor");
            assertThat(event.details()).containsEntry("key", stored.key());
        });
    }

    @Test
    void aPngStaysAPngAndKeepsItsTransparency() throws IOException {
        var stored = images.upload(png(picture(2000, 1000, true)));

        assertThat(stored.mediaType()).isEqualTo("image/png");
        for (var size : Variant.values()) {
            var file = images.variant(stored.key(), size).orElseThrow();
            assertThat(file.mediaType()).isEqualTo("image/png");
            assertThat(formatOf(file.bytes())).isEqualTo("png");
            var decoded = decode(file.bytes());
            assertThat(decoded.getColorModel().hasAlpha()).isTrue();
            // the left half was drawn transparent, the right half opaque
            assertThat(decoded.getRGB(5, 5) >>> 24).isZero();
            assertThat(decoded.getRGB(decoded.getWidth() - 5, decoded.getHeight() / 2) >>> 24).isEqualTo(255);
        }
        assertThat(size(decode(images.variant(stored.key(), Variant.LARGE).orElseThrow().bytes())))
                .containsExactly(1600, 800);
    }

    @Test
    void aPictureNarrowerThanTheLargeSizeIsNeverEnlarged() throws IOException {
        var stored = images.upload(jpeg(picture(1250, 700, false)));

        assertThat(List.of(stored.width(), stored.height(), stored.smallWidth(), stored.smallHeight()))
                .containsExactly(1250, 700, 800, 448);
        assertThat(size(decode(images.variant(stored.key(), Variant.LARGE).orElseThrow().bytes())))
                .containsExactly(1250, 700);
    }

    @Test
    void aVeryWidePhotoIsReadSubsampledAndStillKeepsItsShape() throws IOException {
        var stored = images.upload(jpeg(picture(6400, 1200, false)));

        assertThat(List.of(stored.width(), stored.height(), stored.smallWidth(), stored.smallHeight()))
                .containsExactly(1600, 300, 800, 150);
        assertThat(size(decode(images.variant(stored.key(), Variant.LARGE).orElseThrow().bytes())))
                .containsExactly(1600, 300);
    }

    @Test
    void onlyJpegAndPngAreTakenWhateverTheFileIsCalled() throws IOException {
        var gif = new ByteArrayOutputStream();
        ImageIO.write(picture(1600, 900, false), "gif", gif);
        var webp = "RIFF\u0000\u0010\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1600\" height=\"900\"/>"
                .getBytes(StandardCharsets.UTF_8);
        var text = "Just some words in a file called hero.jpg".getBytes(StandardCharsets.UTF_8);

        for (byte[] notAPicture : List.of(gif.toByteArray(), webp, svg, text, new byte[0])) {
            assertRefused(notAPicture, "Choose a JPEG or PNG picture.");
        }
        assertRefused(null, "Choose a JPEG or PNG picture.");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsRead() {
        var huge = new byte[PageImages.MAX_UPLOAD_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        assertRefused(huge, "The picture is larger than 10 MB: choose a smaller file.");
    }

    @Test
    void damagedAndIncompleteFilesAreRefused() throws IOException {
        var jpeg = jpeg(picture(1600, 900, false));
        var png = png(picture(1600, 900, true));

        assertRefused(Arrays.copyOf(jpeg, jpeg.length * 2 / 3), UploadedPicture.UNREADABLE);
        assertRefused(Arrays.copyOf(png, png.length * 2 / 3), UploadedPicture.UNREADABLE);
        assertRefused(Arrays.copyOf(jpeg, 3), UploadedPicture.UNREADABLE);
        // a header promising a fine size, and nothing after it
        assertRefused(pngHeader(2000, 1000), UploadedPicture.UNREADABLE);
    }

    @Test
    void aPictureThatWouldUnpackIntoTooManyPixelsIsRefusedFromItsHeaderAlone() {
        // 50 megapixels promised in a few dozen bytes: decoding would take 200 MB of memory
        assertRefused(pngHeader(10_000, 5_000),
                "The picture has too many pixels (10000 × 5000): at most 40 megapixels.");
    }

    @Test
    void aPictureTooSmallForAHeroIsRefusedSayingTheMinimum() throws IOException {
        assertRefused(jpeg(picture(1000, 800, false)),
                "The picture is too small: at least 1200 × 600 pixels (this one is 1000 × 800).");
        assertRefused(png(picture(1600, 500, false)),
                "The picture is too small: at least 1200 × 600 pixels (this one is 1600 × 500).");
    }

    @Test
    void theCamerasMetadataIsNotKept() throws IOException {
        var photo = withExif(jpeg(picture(1600, 900, false)), 1, "SecretCam at GPS 51.5074 N 0.1278 W");
        assertThat(markersBeforeScan(photo)).contains(0xE1);
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("SecretCam", "Exif");

        var stored = images.upload(photo);

        for (var size : Variant.values()) {
            var bytes = images.variant(stored.key(), size).orElseThrow().bytes();
            assertThat(markersBeforeScan(bytes)).doesNotContain(0xE1);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("SecretCam", "Exif", "GPS");
        }
    }

    @Test
    void aPhotoTheCameraStoredSidewaysIsKeptUpright() throws IOException {
        // stored 900 wide and 1600 high, a red corner at its top left; EXIF says: turn it a quarter clockwise
        var sideways = picture(900, 1600, false);
        var pen = sideways.createGraphics();
        pen.setColor(Color.RED);
        pen.fillRect(0, 0, 150, 150);
        pen.dispose();

        var stored = images.upload(withExif(jpeg(sideways), 6, "PhoneCam"));

        assertThat(List.of(stored.width(), stored.height())).containsExactly(1600, 900);
        var large = decode(images.variant(stored.key(), Variant.LARGE).orElseThrow().bytes());
        assertThat(isRed(large.getRGB(1600 - 40, 40))).isTrue();
        assertThat(isRed(large.getRGB(40, 40))).isFalse();
    }

    @Test
    void everyUploadGetsANewRandomKeyOfLettersAndDigits() throws IOException {
        var picture = jpeg(picture(1200, 600, false));
        var keys = new HashSet<String>();
        for (int i = 0; i < 3; i++) {
            keys.add(images.upload(picture).key());
        }

        assertThat(keys).hasSize(3).allMatch(key -> key.matches("[a-z0-9]{26}"));
    }

    @Test
    void unknownAndMalformedKeysFindNothing() throws IOException {
        var stored = images.upload(jpeg(picture(1200, 600, false)));

        assertThat(images.variant("abcdefghijklmnopqrstuvwxyz", Variant.LARGE)).isEmpty();
        assertThat(images.variant(stored.key().toUpperCase(), Variant.LARGE)).isEmpty();
        assertThat(images.variant(stored.key() + "'--", Variant.SMALL)).isEmpty();
        assertThat(images.variant(null, Variant.SMALL)).isEmpty();
        assertThat(images.variant(stored.key(), null)).isEmpty();
        assertThat(images.byKey("../" + stored.key())).isEmpty();
    }

    @Test
    @WithMockUser(username = "front.desk", roles = "STAFF")
    void onlyEditorsMayUpload() throws IOException {
        var picture = jpeg(picture(1600, 900, false));
        long before = imageCount();

        assertThatThrownBy(() -> images.upload(picture)).isInstanceOf(AccessDeniedException.class);
        assertThat(imageCount()).isEqualTo(before);
    }

    private void assertRefused(byte[] bytes, String message) {
        long before = imageCount();
        assertThatThrownBy(() -> images.upload(bytes)).isInstanceOf(ImageRefusedException.class)
                .hasMessage(message);
        assertThat(imageCount()).isEqualTo(before);
    }

    private long imageCount() {
        return jdbc.sql("select count(*) from page_image").query(Long.class).single();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static String formatOf(byte[] bytes) throws IOException {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            return ImageIO.getImageReaders(input).next().getFormatName();
        }
    }

    private static List<Integer> size(BufferedImage image) {
        return List.of(image.getWidth(), image.getHeight());
    }

    private static boolean isRed(int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        return red > 200 && green < 60 && blue < 60;
    }

    /**
     * The JPEG with an EXIF segment (APP1) near its start, as a camera writes one: a TIFF block, big-endian as
     * phones write it, naming the camera and saying which way up to show the picture.
     */
    static byte[] withExif(byte[] jpeg, int orientation, String camera) {
        byte[] make = (camera + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifdLength = 2 + 2 * 12 + 4;
        var tiff = ByteBuffer.allocate(8 + ifdLength + make.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(8 + ifdLength);  // Make
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(make);
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        var segment = ByteBuffer.allocate(4 + payload.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + payload.length)).put(payload);
        // after the JFIF segment (APP0) ImageIO wrote, which must come first
        int at = 2;
        if ((jpeg[3] & 0xFF) == 0xE0) {
            at += 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        return concat(Arrays.copyOf(jpeg, at), segment.array(), Arrays.copyOfRange(jpeg, at, jpeg.length));
    }

    /** The markers of a JPEG's segments up to the start of its picture data (0xE1 is APP1, where EXIF lives). */
    static List<Integer> markersBeforeScan(byte[] jpeg) {
        var markers = new ArrayList<Integer>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    /** A PNG's signature and header chunk and nothing else: a file that promises a size it never delivers. */
    static byte[] pngHeader(int width, int height) {
        var header = ByteBuffer.allocate(17);
        header.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        var crc = new CRC32();
        crc.update(header.array());
        var chunk = ByteBuffer.allocate(4 + 17 + 4).putInt(13).put(header.array()).putInt((int) crc.getValue());
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk.array());
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Switches on the services' role checks, as web-admin does. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableMethodSecurity
    static class MethodSecurity {
    }
}
