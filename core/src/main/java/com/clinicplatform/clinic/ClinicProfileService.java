package com.clinicplatform.clinic;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.system.DatabaseLocks;

/**
 * The clinic's details: read by both apps, changed by editors in the console (and written once by the demo set-up).
 * Every write is on the audit trail, naming the fields it changed; a database trigger tells the public site, which
 * shows the change within seconds.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ClinicProfileService {

    /** How the profile is named on the audit trail; there is only one, with the id {@link #AUDIT_ID}. */
    public static final String AUDIT_TARGET = "clinic_profile";
    public static final long AUDIT_ID = ClinicProfile.THE_PROFILE;

    /** The version an editor read on an installation with no profile yet: their save writes the first one. */
    public static final long NO_PROFILE_YET = -1;

    private static final String WRITE_LOCK = "clinic-profile";

    /** The details of an installation that has none, to compare a first profile with. */
    private static final ClinicDetails NOTHING = new ClinicDetails(null, null, null, null, null, null, null, null,
            List.of(), null, null, null);

    private final ClinicProfileRepository profiles;
    private final DatabaseLocks locks;
    private final AuditTrail audit;
    private final AccountService accounts;
    private final Clock clock;

    ClinicProfileService(ClinicProfileRepository profiles, DatabaseLocks locks, AuditTrail audit,
            AccountService accounts, Clock clock) {
        this.profiles = profiles;
        this.locks = locks;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The clinic's details, or empty on an installation where nobody has written them yet. */
    public Optional<ClinicDetails> details() {
        return profiles.findById(ClinicProfile.THE_PROFILE).map(ClinicProfile::details);
    }

    /** When the clinic's details last changed, or empty when nobody has written them yet. */
    public Optional<Instant> updatedAt() {
        return profiles.findById(ClinicProfile.THE_PROFILE).map(ClinicProfile::updatedAt);
    }

    /** The details with the version an editor's change must name; empty when nobody has written them yet. */
    public Optional<Edition> edition() {
        return profiles.findById(ClinicProfile.THE_PROFILE).map(ClinicProfileService::edition);
    }

    /**
     * An editor's change to the clinic's details, unless someone saved them since the editor read them.
     *
     * @param expectedVersion the {@link Edition#version()} the editor read, or {@link #NO_PROFILE_YET}
     * @return the details as saved, with their new version
     * @throws ClinicProfileChangedMeanwhileException when the details are no longer at {@code expectedVersion};
     *     nothing is saved
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Edition change(@Valid ClinicDetails details, long expectedVersion) {
        locks.lockUntilCommit(WRITE_LOCK);
        var current = profiles.findById(ClinicProfile.THE_PROFILE);
        if (current.map(ClinicProfile::version).orElse(NO_PROFILE_YET) != expectedVersion) {
            throw changedMeanwhile(current);
        }
        return write(current, details);
    }

    /**
     * Writes the details whatever they were before, with no check of role or version: for the demo set-up, which runs
     * at start-up with nobody signed in. People change the details through {@link #change}.
     */
    @Transactional
    public void save(@Valid ClinicDetails details) {
        locks.lockUntilCommit(WRITE_LOCK);
        write(profiles.findById(ClinicProfile.THE_PROFILE), details);
    }

    private Edition write(Optional<ClinicProfile> current, ClinicDetails details) {
        var changed = changedFields(current.map(ClinicProfile::details).orElse(NOTHING), details);
        if (current.isPresent() && changed.isEmpty()) {
            return edition(current.get());  // nothing to announce: the page stays as it is
        }
        var now = clock.instant();
        current.ifPresent(profile -> profile.update(details, now));
        var profile = profiles.saveAndFlush(current.orElseGet(() -> new ClinicProfile(details, now)));
        audit.record(AuditAction.CLINIC_PROFILE_CHANGED, AUDIT_TARGET, AUDIT_ID,
                Map.of("fields", String.join(",", changed)));
        return edition(profile);
    }

    /** Names whoever made the last change, from the audit trail, which holds every write. */
    private ClinicProfileChangedMeanwhileException changedMeanwhile(Optional<ClinicProfile> current) {
        var last = audit.history(AUDIT_TARGET, AUDIT_ID).reversed().stream()
                .filter(event -> event.action() == AuditAction.CLINIC_PROFILE_CHANGED)
                .findFirst();
        String changedBy = last.filter(event -> event.actorUsername() != null)
                .map(event -> accounts.signatureOf(new Actor(event.actorId(), event.actorUsername(), null)))
                .orElse(null);
        return new ClinicProfileChangedMeanwhileException(changedBy,
                current.map(ClinicProfile::updatedAt).orElse(null));
    }

    private static Edition edition(ClinicProfile profile) {
        return new Edition(profile.details(), profile.version());
    }

    /** Which details differ, by field name: never their values. */
    private static List<String> changedFields(ClinicDetails before, ClinicDetails after) {
        var fields = new ArrayList<String>();
        for (var component : ClinicDetails.class.getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    fields.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    /**
     * The clinic's details as an editor reads them, with the version a change must name.
     *
     * @param version goes up with every saved change
     */
    public record Edition(ClinicDetails details, long version) {
    }
}
