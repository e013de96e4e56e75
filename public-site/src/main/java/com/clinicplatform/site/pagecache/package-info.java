/**
 * Rendered pages kept as bytes, with their headers worked out once, and served before the rest of the request path;
 * dropped whenever PostgreSQL announces that the site's content changed.
 */
package com.clinicplatform.site.pagecache;
