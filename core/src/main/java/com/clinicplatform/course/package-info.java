/**
 * Treatment courses and what follows them: the follow-ups planned after each course, the outcome scores measured at
 * baseline and at follow-ups, the adverse events reported, and the figures drawn from them per treatment.
 */
package com.clinicplatform.course;
