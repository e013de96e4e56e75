/**
 * Treatments and conditions: the services the clinic offers, what patients have, and the public pages that describe
 * them in the site's order. What the public sees lives in the page tables; what editors write lives beside it as
 * revisions ({@link com.clinicplatform.treatment.PageEditing}), drafted, approved and published into those tables.
 */
package com.clinicplatform.treatment;
