/** The clinic's settings that live in the database and administrators change in the console. */
package com.clinicplatform.admin.settings;
