package com.clinicplatform.account;

/** Published when a password changes; listeners that act outside the database wait for the commit. */
public record PasswordChanged(String username) {
}
