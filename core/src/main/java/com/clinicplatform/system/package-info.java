/**
 * What both apps share beyond the domain: the clinic's operational settings, the one {@link java.time.Clock},
 * the password encoder, and the clear messages an app gives when it cannot start.
 */
package com.clinicplatform.system;
