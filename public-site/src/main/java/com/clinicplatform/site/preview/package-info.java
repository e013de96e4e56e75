/** Previews of draft pages, shown to whoever holds a link the console signed, until it expires. */
package com.clinicplatform.site.preview;
