/**
 * End-to-end journeys: both app jars, as built, started against one throw-away PostgreSQL and driven in headless
 * Chromium the way patients and staff use them.
 */
package com.clinicplatform.e2e;
