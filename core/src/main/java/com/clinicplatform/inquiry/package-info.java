/** Inquiries: patients asking the clinic for information, from the public site's form to the staff inbox. */
package com.clinicplatform.inquiry;
