/** The PostgreSQL channel that announces each change of the public site's content to every running instance. */
package com.clinicplatform.publication;
