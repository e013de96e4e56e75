/**
 * The pictures pages show, served from PostgreSQL at {@code /images/{key}/large} and {@code /images/{key}/small}.
 * An image never changes once stored (a new picture gets a new key), so browsers and proxies may keep each for a
 * year; the page cache leaves them alone.
 */
package com.clinicplatform.site.image;
