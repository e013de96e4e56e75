/** Patients: the people under the clinic's care, their records kept by staff. */
package com.clinicplatform.patient;
