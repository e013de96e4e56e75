/**
 * Who may reach the console and how: sign-in against the accounts in the database, the first administrator, the
 * password-change screen, and the rule that every view states who may open it.
 */
package com.clinicplatform.admin.security;
