/**
 * Developer tooling that ships in no app: the local PostgreSQL behind ./clinic db and ./clinic start, and
 * ./clinic generate ({@link com.clinicplatform.dev.DataGenerator}), which fills it with a made-up clinic of any size
 * (patients, their care, consents and notes, inquiries) so the console can be tried, and timed, at full scale. The
 * generator writes rows as the platform would have, straight into the tables through COPY: going through the services
 * one record at a time would take hours for a million patients.
 */
package com.clinicplatform.dev;
