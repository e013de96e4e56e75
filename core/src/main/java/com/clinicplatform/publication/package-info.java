/**
 * How pages reach the public: the PostgreSQL channel that announces each change of the public site's content to every
 * running instance, and the switch that says whether a change needs a second person's approval first.
 */
package com.clinicplatform.publication;
