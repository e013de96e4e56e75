/**
 * When the public site's content last changed, and the PostgreSQL channel that announces each change to every running
 * public-site instance (the triggers that send it live in the migrations).
 */
package com.clinicplatform.publication;
