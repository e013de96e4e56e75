/** A patient's rights over their data: a copy of everything kept about them, and erasure on request. */
package com.clinicplatform.privacy;
