/** Finding published pages by what a visitor types: full-text search with ranking, and typo correction. */
package com.clinicplatform.search;
