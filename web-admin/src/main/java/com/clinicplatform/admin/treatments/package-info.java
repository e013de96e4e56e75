/** The console's treatment pages area, for editors. */
package com.clinicplatform.admin.treatments;
