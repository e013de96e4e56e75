/** What staff write on a record (an inquiry, a patient): signed, dated, added and never edited. */
package com.clinicplatform.note;
