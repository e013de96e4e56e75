package com.clinicplatform.admin.users;

import com.clinicplatform.account.Role;

/** What each role is called on screen, and what it lets its holder do. */
final class RoleLabels {

    private RoleLabels() {
    }

    static String name(Role role) {
        return switch (role) {
            case STAFF -> "Staff";
            case EDITOR -> "Editor";
            case ADMIN -> "Administrator";
        };
    }

    static String description(Role role) {
        return switch (role) {
            case STAFF -> "Staff: inquiries, patients and their clinical records";
            case EDITOR -> "Editor: treatment pages and the clinic's details";
            case ADMIN -> "Administrator: accounts, settings and the audit log (needs two-factor sign-in)";
        };
    }
}
