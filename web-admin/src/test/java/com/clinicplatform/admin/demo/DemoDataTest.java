package com.clinicplatform.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.Role;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.treatment.ConditionLink;
import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.TreatmentLink;
import com.clinicplatform.treatment.TreatmentService;

@SpringBootTest(
        properties = {"clinic.demo-data=true", "clinic.demo-password=Demo-Password-For-Tests"})
class DemoDataTest {

    @Autowired
    DemoData demoData;

    @Autowired
    TreatmentService treatments;

    @Autowired
    ClinicProfileService profile;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConditionService conditions;

    @Test
    void aFirstStartPublishesTheDemoCatalogueInItsOrder() {
        var catalogue = treatments.catalogue().treatments();

        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(6);
        var jointPain = treatments.publishedPage("stem-cell-therapy-for-joint-pain").orElseThrow();
        assertThat(jointPain.previous()).map(TreatmentLink::slug).contains("stem-cell-therapy-for-knee-pain");
        assertThat(jointPain.next()).map(TreatmentLink::slug).contains("stem-cell-therapy-for-hashimotos-disease");
        assertThat(catalogue).allSatisfy(treatment -> {
            var page = treatments.publishedPage(treatment.slug()).orElseThrow();
            assertThat(page.sections()).extracting(s -> s.heading())
                    .containsExactly("What is it?", "How does it work?", "Who is it for?", "Recovery and results");
            assertThat(page.faqs()).isNotEmpty();
            assertThat(page.searchTitle()).hasSizeLessThanOrEqualTo(70);
        });
    }

    @Test
    void aFirstStartPublishesTheConditionsWithTheirTreatmentsAndTheClinicsVisitingDetails() {
        assertThat(conditions.published()).extracting(ConditionLink::name)
                .startsWith("Joint pain", "Knee pain").contains("Hashimoto's disease");
        var kneePain = conditions.publishedPage("knee-pain").orElseThrow();
        assertThat(kneePain.treatments()).extracting(TreatmentLink::slug).contains("stem-cell-therapy-for-knee-pain");
        var catalogue = treatments.catalogue();
        assertThat(catalogue.byCondition().stream().flatMap(group -> group.treatments().stream()))
                .as("every demo treatment addresses a condition").containsAll(catalogue.treatments());
        var clinic = profile.details().orElseThrow();
        assertThat(clinic.openingHours()).isNotEmpty();
        assertThat(clinic.privacyNotice()).contains("cookie");
    }

    @Test
    void theDemoStaffCanSignInWithTheGivenPassword() {
        for (var username : new String[] {"frontdesk", "clinician", "editor"}) {
            var account = accounts.findByUsername(username).orElseThrow();
            assertThat(passwordEncoder.matches("Demo-Password-For-Tests", account.passwordHash())).isTrue();
            assertThat(account.mustChangePassword()).isFalse();
        }
        assertThat(accounts.findByUsername("editor").orElseThrow().roles()).containsExactly(Role.EDITOR);
        assertThat(accounts.findByUsername("frontdesk").orElseThrow().roles()).containsExactly(Role.STAFF);
    }

    @Test
    void aSetAddedToAnExistingInstallationLeavesWhatTheClinicWroteAlone() throws Exception {
        // an installation that had its own profile and a real "editor" before it ever ran with demo data
        var real = profile.details().orElseThrow();
        profile.save(real.withName("Real Clinic Ltd"));
        jdbc.sql("delete from demo_data_set where name in ('clinic-profile', 'staff-accounts')").update();
        jdbc.sql("delete from user_account where username in ('frontdesk', 'clinician')").update();
        String editorHash = accounts.findByUsername("editor").orElseThrow().passwordHash();

        demoData.seedIfWanted();

        assertThat(profile.details().orElseThrow().name()).isEqualTo("Real Clinic Ltd");
        assertThat(accounts.findByUsername("editor").orElseThrow().passwordHash()).isEqualTo(editorHash);
        assertThat(accounts.findByUsername("frontdesk")).isPresent();
    }

    @Test
    void aSecondStartAddsNothingAndKeepsWhatStaffChanged() throws Exception {
        var edited = profile.details().orElseThrow();
        profile.save(edited.withName("Renamed By Staff"));
        long before = treatments.count();

        demoData.seedIfWanted();

        assertThat(treatments.count()).isEqualTo(before);
        assertThat(profile.details().orElseThrow().name()).isEqualTo("Renamed By Staff");
    }
}
