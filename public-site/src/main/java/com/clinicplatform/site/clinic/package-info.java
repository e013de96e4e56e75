/** The clinic's own pages: how to reach and visit it, and its privacy notice. */
package com.clinicplatform.site.clinic;
