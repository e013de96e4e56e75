/**
 * How search engines and link previews see the site: each page's title, description, canonical address, Open Graph
 * tags and JSON-LD; the sitemap and robots.txt; and redirects to the canonical address.
 */
package com.clinicplatform.site.seo;
