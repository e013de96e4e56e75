/**
 * The console's treatment and condition pages, for editors: the lists in the site's order, each page's editor with
 * its draft, preview, approval, publication and history, and the pictures pages show. Administrators open them to
 * approve changes.
 */
package com.clinicplatform.admin.treatments;
