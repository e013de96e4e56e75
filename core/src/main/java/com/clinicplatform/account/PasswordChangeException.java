package com.clinicplatform.account;

/** A password change that cannot be made; {@link #field()} says which input the message belongs beside. */
public class PasswordChangeException extends RuntimeException {

    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD }

    private final Field field;

    PasswordChangeException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
