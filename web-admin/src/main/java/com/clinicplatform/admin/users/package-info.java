/** The admin area's accounts: who may reach the console, with which roles, and what to do when someone is stuck. */
package com.clinicplatform.admin.users;
