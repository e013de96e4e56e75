/** The console's frame: the main layout with its navigation and the signed-in user's menu, and shared formats. */
package com.clinicplatform.admin.base;
