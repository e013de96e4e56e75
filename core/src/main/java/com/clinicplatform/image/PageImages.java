package com.clinicplatform.image;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;

/** The images pages show, kept in PostgreSQL. */
@Service
@Transactional(readOnly = true)
public class PageImages {

    /** How the audit trail names an image. */
    public static final String AUDIT_TARGET = "page_image";

    /** The largest file an editor may upload: 10 MB. */
    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    private static final String SIZES = """
            select i.id, i.image_key as "key", i.media_type, l.width, l.height, s.width as small_width, s.height as small_height
              from page_image i
              join page_image_variant l on l.image_id = i.id and l.variant = 'LARGE'
              join page_image_variant s on s.image_id = i.id and s.variant = 'SMALL'
            """;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]{1,32}");
    private static final char[] KEY_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** 26 characters of 36 possible: about 134 random bits, so a key is never guessed nor repeated. */
    private static final int KEY_LENGTH = 26;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PageImages(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The image with this key; empty for any other text. */
    public Optional<StoredImage> byKey(String key) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        return jdbc.sql(SIZES + " where i.image_key = ?").param(key).query(StoredImage.class).optional();
    }

    public Optional<StoredImage> byId(long id) {
        return jdbc.sql(SIZES + " where i.id = ?").param(id).query(StoredImage.class).optional();
    }

    /**
     * Stores a picture an editor uploaded as a new image with a new random key, in both {@link Variant}s, re-encoded
     * without the camera's metadata. An image is never changed afterwards: a new picture is a new key.
     *
     * @throws ImageRefusedException when the file is not a JPEG or PNG, is larger than {@link #MAX_UPLOAD_BYTES},
     *     cannot be read, has more than 40 megapixels, or is smaller than 1200 × 600 pixels; its message is for the
     *     person who chose the file
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public StoredImage upload(byte[] bytes) {
        var picture = UploadedPicture.read(bytes);
        var large = picture.resized(Variant.LARGE);
        var small = picture.resized(Variant.SMALL);
        String key = newKey();
        long id = jdbc.sql("""
                insert into page_image (image_key, media_type, uploaded_at, uploaded_by_id)
                values (:key, :mediaType, :at, :by) returning id
                """)
                .param("key", key)
                .param("mediaType", picture.mediaType())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", audit.actor().accountId())
                .query(Long.class).single();
        for (var variant : List.of(large, small)) {
            jdbc.sql("""
                    insert into page_image_variant (image_id, variant, width, height, bytes)
                    values (:id, :variant, :width, :height, :bytes)
                    """)
                    .param("id", id)
                    .param("variant", variant.variant().name())
                    .param("width", variant.width())
                    .param("height", variant.height())
                    .param("bytes", variant.bytes())
                    .update();
        }
        var details = new LinkedHashMap<String, String>();
        details.put("key", key);
        details.put("type", picture.mediaType());
        details.put("size", large.width() + " × " + large.height());
        audit.record(AuditAction.IMAGE_UPLOADED, AUDIT_TARGET, id, details);
        return new StoredImage(id, key, picture.mediaType(), large.width(), large.height(), small.width(),
                small.height());
    }

    /** One size of the image with this key, to serve; empty for an unknown key or any other text. */
    public Optional<ImageFile> variant(String key, Variant size) {
        if (!isKey(key) || size == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select i.media_type, v.bytes
                  from page_image i
                  join page_image_variant v on v.image_id = i.id
                 where i.image_key = :key and v.variant = :variant
                """)
                .param("key", key)
                .param("variant", size.name())
                .query((row, number) -> new ImageFile(row.getString("media_type"), row.getBytes("bytes")))
                .optional();
    }

    private static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    private String newKey() {
        var key = new char[KEY_LENGTH];
        for (int i = 0; i < key.length; i++) {
            key[i] = KEY_CHARACTERS[random.nextInt(KEY_CHARACTERS.length)];
        }
        return new String(key);
    }
}
