package com.clinicplatform.account;

/** Published once a password change has been committed. */
public record PasswordChanged(String username) {
}
