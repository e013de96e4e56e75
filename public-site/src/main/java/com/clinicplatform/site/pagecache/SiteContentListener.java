package com.clinicplatform.site.pagecache;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.clinicplatform.publication.SiteContentChanges;

/**
 * Holds one database connection that {@code LISTEN}s on the site's change channel and empties the page cache on every
 * notice, typically within milliseconds of the change's commit. While the connection is lost the cache serves
 * nothing; once it is back, the cache starts empty, since changes may have been missed meanwhile.
 */
class SiteContentListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SiteContentListener.class);

    /** How long to wait for a notice before checking the connection is still alive. */
    private static final int POLL_MILLIS = 2_000;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final PageCache cache;
    private volatile boolean running;
    private Thread thread;

    SiteContentListener(DataSource dataSource, PageCache cache) {
        this.dataSource = dataSource;
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
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + SiteContentChanges.CHANNEL);
                }
                var postgres = connection.unwrap(PGConnection.class);
                cache.goLive();
                if (warned) {
                    log.info("Listening for content changes again; the page cache is back in use");
                    warned = false;
                }
                while (running) {
                    var notices = postgres.getNotifications(POLL_MILLIS);
                    if (notices != null && notices.length > 0) {
                        cache.invalidate();
                    } else if (!connection.isValid(2)) {
                        throw new SQLException("The listening connection is no longer valid");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.goDark();
                if (running && !warned) {
                    log.warn("Cannot listen for content changes ({}); pages are rendered afresh until it can",
                            e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
        cache.goDark();
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
