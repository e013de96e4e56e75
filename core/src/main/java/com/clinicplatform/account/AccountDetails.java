package com.clinicplatform.account;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator says about a member of staff's account. The username is chosen once, at creation: the audit
 * trail names people by it.
 */
public record AccountDetails(
        @NotBlank(message = "Enter a username.") @Size(max = 64, message = "At most 64 characters.")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Letters, digits, dots, hyphens and underscores only.")
        String username,
        @NotBlank(message = "Enter the person's full name.") @Size(max = 200, message = "At most 200 characters.")
        String fullName,
        @Email(message = "Enter an email address such as name@example.com.")
        @Size(max = 254, message = "At most 254 characters.")
        String email,
        @NotEmpty(message = "Choose at least one role.") Set<Role> roles) {
}
