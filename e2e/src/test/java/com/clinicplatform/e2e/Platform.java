package com.clinicplatform.e2e;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.clinicplatform.testsupport.TestPostgres;

/** Both app jars, as built, sharing a fresh database that web-admin fills with the demo data. */
final class Platform implements AutoCloseable {

    private static final String SECRET = "e2e-only-signing-secret-0123456789abcdef";

    final RunningApp publicSite;
    final RunningApp webAdmin;
    /** The JDBC URL of the database both apps use (user and password: TestPostgres's). */
    final String database;

    private Platform(RunningApp publicSite, RunningApp webAdmin, String database) {
        this.publicSite = publicSite;
        this.webAdmin = webAdmin;
        this.database = database;
    }

    /** Starts both apps with {@code dataDir} as their data folder and returns once both are ready. */
    static Platform start(Path dataDir) {
        String database = TestPostgres.newDatabase();
        var settings = Map.of(
                "SPRING_DATASOURCE_URL", database,
                "SPRING_DATASOURCE_USERNAME", TestPostgres.USER,
                "SPRING_DATASOURCE_PASSWORD", TestPostgres.PASSWORD,
                "CLINIC_DATA_DIR", dataDir.toString(),
                "CLINIC_SIGNING_SECRET", SECRET,
                "CLINIC_DEMO_DATA", "true",
                // a browser fills a form in faster than a person: the spam rule is tested with a moved clock
                "CLINIC_INQUIRY_MIN_FILL_SECONDS", "0");
        // the console links to the public site (a draft's preview): both know its address before either starts
        int publicPort = RunningApp.freePort();
        var shared = new HashMap<>(settings);
        shared.put("CLINIC_PUBLIC_BASE_URL", "http://localhost:" + publicPort);
        var webAdmin = RunningApp.start("web-admin", "clinic.webAdminJar", shared);
        RunningApp publicSite = null;
        try {
            shared.put("SERVER_PORT", Integer.toString(publicPort));
            publicSite = RunningApp.start("public-site", "clinic.publicSiteJar", shared);
            // both start at once; waiting for one after the other costs no more than the slower one
            webAdmin.awaitReady();
            publicSite.awaitReady();
            return new Platform(publicSite, webAdmin, database);
        } catch (RuntimeException e) {
            // the caller gets no Platform to close: stop here what did start
            stopQuietly(publicSite, e);
            stopQuietly(webAdmin, e);
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            publicSite.close();
        } finally {
            webAdmin.close();
        }
    }

    private static void stopQuietly(RunningApp app, RuntimeException cause) {
        if (app == null) {
            return;
        }
        try {
            app.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(e);
        }
    }
}
