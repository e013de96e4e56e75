/** The site search page. */
package com.clinicplatform.site.search;
