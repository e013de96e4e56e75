package com.clinicplatform.patient;

import java.util.Set;

/** A patient already on record who may be the person about to be added, and what they share. */
public record PossibleDuplicate(Patient patient, Set<Match> matches) {

    public enum Match {
        EMAIL("same email address"),
        PHONE("same phone number"),
        NAME_AND_BIRTH_DATE("same name and date of birth");

        private final String description;

        Match(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
