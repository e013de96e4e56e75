/** The conditions the clinic treats: the list, and a page per condition with the treatments for it. */
package com.clinicplatform.site.condition;
