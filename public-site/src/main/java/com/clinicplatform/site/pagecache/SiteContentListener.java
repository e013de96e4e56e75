package com.clinicplatform.site.pagecache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

import com.clinicplatform.publication.SiteContentChanges;

/**
 * Holds its own database connection (outside the pool, so no request ever borrows a listening connection) that
 * {@code LISTEN}s on the site's change channel, and empties the page cache on every notice, typically within
 * milliseconds of the change's commit. While the connection is lost the cache serves nothing; once it is back, the
 * cache starts empty, since changes may have been missed meanwhile.
 */
class SiteContentListener implements SmartLifecycle {

    /** How the connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "public-site page cache";

    private static final Logger log = LoggerFactory.getLogger(SiteContentListener.class);

    /** How long to wait for a notice before checking the connection is still alive. */
    private static final int POLL_MILLIS = 2_000;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final JdbcConnectionDetails database;
    private final PageCache cache;
    private volatile boolean running;
    private Thread thread;

    SiteContentListener(JdbcConnectionDetails database, PageCache cache) {
        this.database = database;
        this.cache = cache;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("site-content-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofMillis(POLL_MILLIS * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        try {
            boolean warned = false;
            while (running) {
                try (Connection connection = connect()) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("LISTEN " + SiteContentChanges.CHANNEL);
                    }
                    cache.goLive();
                    if (warned) {
                        log.info("Listening for content changes again; the page cache is back in use");
                        warned = false;
                    }
                    awaitNotices(connection);
                } catch (SQLException e) {
                    cache.goDark();
                    if (running && !warned) {
                        log.warn("Cannot listen for content changes ({}); pages are rendered afresh until it can",
                                e.getMessage());
                        warned = true;
                    }
                    pause();
                }
            }
        } finally {
            // however the thread ends, a cache nobody keeps up to date must not serve
            cache.goDark();
        }
    }

    private void awaitNotices(Connection connection) throws SQLException {
        var postgres = connection.unwrap(PGConnection.class);
        while (running) {
            var notices = postgres.getNotifications(POLL_MILLIS);
            if (notices != null && notices.length > 0) {
                cache.invalidate();
            } else if (!connection.isValid(2)) {
                throw new SQLException("The listening connection is no longer valid");
            }
        }
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", database.getUsername());
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
