package com.clinicplatform.inquiry;

/** How the patient would like to be contacted. */
public enum ContactMethod {
    EMAIL, PHONE
}
