/**
 * Treatments: the services the clinic offers and the public pages that describe them, in catalogue order.
 */
package com.clinicplatform.treatment;
