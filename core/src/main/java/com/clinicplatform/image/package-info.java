/**
 * The pictures pages show: checked and re-encoded on upload in a size for large screens and one for small, kept in
 * PostgreSQL, and never changed once stored.
 */
package com.clinicplatform.image;
