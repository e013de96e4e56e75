/** The clinic's own details, shown on every public page: name, contact, address and medical disclaimer. */
package com.clinicplatform.clinic;
