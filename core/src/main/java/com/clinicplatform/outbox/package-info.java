/**
 * The transactional outbox: mail the platform owes someone, stored with what caused it, so it is sent exactly when
 * that commits and never lost when a mail server is away.
 */
package com.clinicplatform.outbox;
