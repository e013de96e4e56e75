package com.clinicplatform.site.pagecache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose page is the same for every visitor and depends only on the site's content: its successful
 * answers are kept and served from the page cache until the content changes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedPage {
}
