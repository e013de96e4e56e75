/**
 * Shipped in core's test-jar to every module's tests: one real PostgreSQL per test JVM (or the server that
 * {@code CLINIC_TEST_POSTGRES} names, see {@link com.clinicplatform.testsupport.TestPostgres}), a fresh database for
 * every Spring test context, and a throw-away data folder, so no test ever reaches the local database or the data
 * folder that ./clinic start uses.
 */
package com.clinicplatform.testsupport;
