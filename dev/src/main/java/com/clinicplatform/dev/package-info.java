/** Developer tooling that ships in no app: the local PostgreSQL behind ./clinic db and ./clinic start. */
package com.clinicplatform.dev;
