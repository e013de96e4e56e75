/** Patient records, as staff read and keep them. */
package com.clinicplatform.admin.patients;
