package com.clinicplatform.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditFilter;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;
import com.clinicplatform.testsupport.RoleChecks;

/**
 * The "pages need approval" switch: on in a new installation, turned off and on by administrators alone, never over a
 * colleague's newer choice, every change on the audit trail. The tests share one switch and run in order: the first
 * sees it as the migration left it, each later one reads it afresh.
 */
@SpringBootTest
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class, RoleChecks.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishingSettingsTest {

    @Autowired
    PublishingSettings settings;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    ActingPerson acting;

    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        acting.signOut();
    }

    @Test
    @Order(1)
    void aNewInstallationNeedsApprovalAndNobodyHasSetIt() {
        var approval = settings.approval();

        assertThat(settings.pagesNeedApproval()).isTrue();
        assertThat(approval.pagesNeedApproval()).isTrue();
        assertThat(approval.updatedByName()).isNull();
        assertThat(approval.updatedAt()).isNotNull();
    }

    @Test
    @Order(2)
    void anAdministratorTurnsItOffAndOnAgainAndEachChangeIsAuditedAndSigned() {
        var admin = account(Role.ADMIN);
        acting.signIn(admin);
        var before = settings.approval();
        clock.advance(Duration.ofMinutes(10));

        var off = settings.requireApproval(false, before.version());

        assertThat(off.pagesNeedApproval()).isFalse();
        assertThat(settings.pagesNeedApproval()).isFalse();
        assertThat(off.updatedByName()).isEqualTo(admin.fullName());
        assertThat(off.updatedAt()).isEqualTo(clock.instant());
        assertThat(off.version()).isGreaterThan(before.version());
        var on = settings.requireApproval(true, off.version());
        assertThat(on.pagesNeedApproval()).isTrue();
        assertThat(switchChangesBy(admin)).extracting(event -> event.details().get("pagesNeedApproval"))
                .containsExactly("false", "true");
        assertThat(switchChangesBy(admin)).allSatisfy(event -> {
            assertThat(event.actorId()).isEqualTo(admin.id());
            assertThat(event.targetType()).isEqualTo(PublishingSettings.AUDIT_TARGET);
        });
    }

    @Test
    @Order(3)
    void settingItToWhatItIsChangesNothingAndRecordsNothing() {
        var admin = account(Role.ADMIN);
        acting.signIn(admin);
        var before = settings.approval();

        var after = settings.requireApproval(before.pagesNeedApproval(), before.version());

        assertThat(after).isEqualTo(before);
        assertThat(switchChangesBy(admin)).isEmpty();
    }

    @Test
    @Order(4)
    void onlyAnAdministratorMayTurnItOff() {
        long version = settings.approval().version();

        acting.signIn(account(Role.EDITOR, Role.STAFF));
        assertThatThrownBy(() -> settings.requireApproval(false, version)).isInstanceOf(AccessDeniedException.class);
        acting.signOut();
        assertThatThrownBy(() -> settings.requireApproval(false, version)).isInstanceOf(AuthenticationException.class);

        assertThat(settings.pagesNeedApproval()).isTrue();
        assertThat(settings.approval().version()).isEqualTo(version);
    }

    @Test
    @Order(5)
    void aChoiceMadeOnAStaleReadingIsRefusedAndTheColleaguesChoiceStays() {
        var admin = account(Role.ADMIN);
        var colleague = account(Role.ADMIN);
        acting.signIn(admin);
        var read = settings.approval();
        acting.signIn(colleague);
        var colleagues = settings.requireApproval(false, read.version());

        acting.signIn(admin);
        assertThatThrownBy(() -> settings.requireApproval(true, read.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(settings.approval()).isEqualTo(colleagues);
        assertThat(switchChangesBy(admin)).isEmpty();
        acting.signIn(colleague);
        settings.requireApproval(true, colleagues.version());  // as the next installation would have it
    }

    /** Oldest first; read by the administrator signed in, as the audit log is theirs to read. */
    private List<AuditEvent> switchChangesBy(UserAccount admin) {
        return audit.page(new AuditFilter(AuditAction.APPROVAL_SWITCH_CHANGED, admin.username(), null, null, null,
                null), 0, 100).reversed();
    }

    private UserAccount account(Role... roles) {
        String username = "switch." + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewAccount(username, "Admin " + username.substring(7), null,
                "a long password for the switch test", Set.of(roles), false));
    }
}
