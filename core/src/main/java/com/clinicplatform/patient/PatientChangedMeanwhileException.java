package com.clinicplatform.patient;

/**
 * Someone else changed the record since this person opened it: saving what they saw would overwrite that change, so
 * they see the record as it is now first.
 */
public class PatientChangedMeanwhileException extends RuntimeException {

    public PatientChangedMeanwhileException() {
        super("Someone else changed this record while you had it open. It now shows their change; make yours again.");
    }
}
