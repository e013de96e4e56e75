/** The audit log, as administrators read and export it. */
package com.clinicplatform.admin.audit;
