/** The accounts of the staff who sign in to the console, and the roles that decide what each may do. */
package com.clinicplatform.account;
