/** The inquiry inbox: staff find, work and convert the inquiries patients send from the public site. */
package com.clinicplatform.admin.inquiries;
