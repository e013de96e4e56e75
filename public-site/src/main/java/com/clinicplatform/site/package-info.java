/**
 * The public website: server-rendered pages with no server-side session and no cookie, so any instance can serve
 * any request and every page can be cached.
 */
package com.clinicplatform.site;
