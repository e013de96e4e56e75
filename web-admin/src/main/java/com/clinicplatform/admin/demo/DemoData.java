package com.clinicplatform.admin.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.GeneratedPasswords;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.admin.ConsoleProperties;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.demo.DemoDataSets;
import com.clinicplatform.system.DataFolder;
import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.TreatmentService;

/**
 * Seeds the demo data when {@code CLINIC_DEMO_DATA=true}, after the first administrator: each set once, by its own
 * marker, so an existing data folder gains new sets and what staff changed is never overwritten.
 */
@Component
public class DemoData {

    static final String STAFF_PASSWORD_FILE = "demo-staff-password";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo staff: the front desk, a clinician and a content editor. */
    private static final List<DemoAccount> STAFF = List.of(
            new DemoAccount("frontdesk", "Fiona Reyes", "frontdesk@example.com", Role.STAFF),
            new DemoAccount("clinician", "Dr Samuel Okafor", "clinician@example.com", Role.STAFF),
            new DemoAccount("editor", "Priya Shah", "editor@example.com", Role.EDITOR));

    private final ConsoleProperties settings;
    private final DemoDataSets sets;
    private final ClinicProfileService profile;
    private final TreatmentService treatments;
    private final ConditionService conditions;
    private final AccountService accounts;
    private final DataFolder dataFolder;

    DemoData(ConsoleProperties settings, DemoDataSets sets, ClinicProfileService profile,
            TreatmentService treatments, ConditionService conditions, AccountService accounts, DataFolder dataFolder) {
        this.settings = settings;
        this.sets = sets;
        this.profile = profile;
        this.treatments = treatments;
        this.conditions = conditions;
        this.accounts = accounts;
        this.dataFolder = dataFolder;
    }

    public void seedIfWanted() {
        if (!settings.demoData()) {
            return;
        }
        var content = DemoContent.load();
        if (sets.seedOnce("clinic-profile", () -> {
            if (profile.details().isEmpty()) {  // a profile the clinic wrote itself stays as it is
                profile.save(content.clinic());
            }
        })) {
            log.info("Demo data: seeded the clinic profile");
        }
        // a profile seeded before the clinic had opening hours gains them, unless the clinic has written its own
        if (sets.seedOnce("clinic-visiting-details", () -> profile.details()
                .filter(details -> details.openingHours().isEmpty() && details.directions() == null
                        && details.privacyNotice() == null)
                .ifPresent(details -> profile.save(details.withVisitingDetailsOf(content.clinic()))))) {
            log.info("Demo data: seeded the clinic's opening hours, directions and privacy notice");
        }
        if (sets.seedOnce("treatments", () -> content.treatments()
                .forEach(treatment -> treatments.publish(treatments.create(treatment).id())))) {
            log.info("Demo data: seeded {} treatment pages", content.treatments().size());
        }
        if (sets.seedOnce("conditions", () -> seedConditions(content.conditions()))) {
            log.info("Demo data: seeded {} condition pages", content.conditions().size());
        }
        seedStaffAccounts();
    }

    /** Publishes the conditions and links each to the demo treatments that still carry the title they were given. */
    private void seedConditions(List<DemoContent.DemoCondition> demoConditions) {
        var slugsByTreatment = new LinkedHashMap<String, List<String>>();
        demoConditions.forEach(condition -> {
            String slug = conditions.create(condition.content());
            conditions.publish(slug);
            condition.treatments().forEach(title ->
                    slugsByTreatment.computeIfAbsent(title, t -> new ArrayList<>()).add(slug));
        });
        slugsByTreatment.forEach((title, slugs) -> treatments.idByTitle(title)
                .ifPresent(id -> treatments.setConditions(id, slugs)));
    }

    /** Creates the demo accounts not taken yet; a real account of the same name stays untouched. */
    private void seedStaffAccounts() {
        boolean given = settings.givenDemoPassword().isPresent();
        String password = settings.givenDemoPassword().orElseGet(GeneratedPasswords::generate);
        var created = new ArrayList<String>();
        boolean seeded = sets.seedOnce("staff-accounts", () -> {
            STAFF.stream().filter(staff -> !accounts.exists(staff.username())).forEach(staff -> {
                accounts.create(new NewAccount(staff.username(), staff.fullName(), staff.email(), password,
                        Set.of(staff.role()), false));
                created.add(staff.username());
            });
            if (!given && !created.isEmpty()) {
                dataFolder.writeSecret(STAFF_PASSWORD_FILE, password);  // before the accounts commit
            }
        });
        if (!seeded || created.isEmpty()) {
            return;
        }
        log.info("Demo data: seeded the staff accounts {}; their initial password is {}", created,
                given ? "CLINIC_DEMO_PASSWORD" : "in " + dataFolder.resolve(STAFF_PASSWORD_FILE));
    }

    private record DemoAccount(String username, String fullName, String email, Role role) {
    }
}
