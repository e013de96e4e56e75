/**
 * The console's Outbox area, for staff: the mail the platform owes and has sent, and with no mail server set, the
 * clinic's local mailbox.
 */
package com.clinicplatform.admin.outbox;
