/** The one way Markdown written in the console becomes HTML, in both apps. */
package com.clinicplatform.markdown;
