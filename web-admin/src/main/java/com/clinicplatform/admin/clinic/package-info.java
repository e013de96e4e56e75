/** The clinic's own details for the public site, kept by editors: name, contact, address, opening hours and texts. */
package com.clinicplatform.admin.clinic;
