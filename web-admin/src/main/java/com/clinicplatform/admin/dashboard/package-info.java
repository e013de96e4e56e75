/** The page every signed-in member of staff lands on. */
package com.clinicplatform.admin.dashboard;
