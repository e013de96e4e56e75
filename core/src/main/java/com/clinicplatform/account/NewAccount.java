package com.clinicplatform.account;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new member of staff; the password is the plain one, hashed by the service and never stored as given. */
public record NewAccount(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 254) String email,
        @NotBlank String password,
        @NotEmpty Set<Role> roles,
        boolean mustChangePassword) {

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", roles=" + roles + "]";
    }
}
