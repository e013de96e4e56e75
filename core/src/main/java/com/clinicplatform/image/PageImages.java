package com.clinicplatform.image;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The images pages show, kept in PostgreSQL. */
@Service
@Transactional(readOnly = true)
public class PageImages {

    private static final String SIZES = """
            select i.id, i.image_key as "key", i.media_type, l.width, l.height, s.width as small_width, s.height as small_height
              from page_image i
              join page_image_variant l on l.image_id = i.id and l.variant = 'LARGE'
              join page_image_variant s on s.image_id = i.id and s.variant = 'SMALL'
            """;

    private final JdbcClient jdbc;

    PageImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The image with this key; empty for any other text. */
    public Optional<StoredImage> byKey(String key) {
        if (key == null || !key.matches("[a-z0-9]{1,32}")) {
            return Optional.empty();
        }
        return jdbc.sql(SIZES + " where i.image_key = ?").param(key).query(StoredImage.class).optional();
    }

    public Optional<StoredImage> byId(long id) {
        return jdbc.sql(SIZES + " where i.id = ?").param(id).query(StoredImage.class).optional();
    }
}
