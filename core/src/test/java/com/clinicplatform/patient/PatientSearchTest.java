package com.clinicplatform.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Finding patients by what staff type: a name or part of it, an email, a phone number, a birth date. */
@SpringBootTest
@Transactional
class PatientSearchTest {

    @Autowired
    PatientService patients;

    @Autowired
    JdbcClient jdbc;

    /** A surname no other test uses, so the results are this test's patients only. */
    private String surname;
    private Patient grace;
    private Patient alan;
    private Patient ada;

    @BeforeEach
    void givenPatients() {
        var random = new Random();
        var letters = new StringBuilder("Qu");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        surname = letters.toString();
        grace = patients.create(new PatientDetails("Grace " + surname, LocalDate.of(1961, 3, 25),
                "grace." + surname.toLowerCase() + "@example.com", "+447700900123"));
        alan = patients.create(new PatientDetails("Alan " + surname + "-Turing", LocalDate.of(1954, 6, 7), null,
                "+447700900456"));
        ada = patients.create(new PatientDetails(surname + " Lovelace", LocalDate.of(1955, 12, 10), null, null));
    }

    @Test
    void aFragmentOfThreeOrMoreLettersMatchesAnywhereInTheNameByNameOrder() {
        var fragment = surname.substring(2, 7).toUpperCase();  // the middle of the surname, in another case

        assertThat(ids(patients.search(fragment, false, 0, 50))).containsExactly(alan.id(), grace.id(), ada.id());
    }

    @Test
    void aShorterInputMatchesTheStartOfTheName() {
        var found = patients.search(surname.substring(0, 2), false, 0, 10_000);

        assertThat(ids(found)).contains(ada.id()).doesNotContain(grace.id(), alan.id());
    }

    @Test
    void anEmailMatchesFromItsStartAPhoneAsTypedNationallyAndABirthDateExactly() {
        assertThat(ids(patients.search("GRACE." + surname.toLowerCase() + "@", false, 0, 50)))
                .containsExactly(grace.id());
        assertThat(ids(patients.search("07700 900456", false, 0, 50))).contains(alan.id()).doesNotContain(grace.id());
        assertThat(ids(patients.search("25/03/1961", false, 0, 50))).contains(grace.id()).doesNotContain(alan.id());
        assertThat(ids(patients.search("1954-06-07", false, 0, 50))).contains(alan.id()).doesNotContain(grace.id());
    }

    @Test
    void wildcardsTypedAreLookedForAsThemselves() {
        assertThat(patients.search("%%%", false, 0, 50)).isEmpty();
        assertThat(patients.search(surname.substring(0, 3) + "_", false, 0, 50)).isEmpty();
    }

    @Test
    void archivedPatientsAreLeftOutUnlessAskedFor() {
        jdbc.sql("update patient set archived_at = now() where id = :id").param("id", ada.id()).update();

        assertThat(ids(patients.search(surname, false, 0, 50))).containsExactly(alan.id(), grace.id());
        assertThat(ids(patients.search(surname, true, 0, 50))).containsExactly(alan.id(), grace.id(), ada.id());
    }

    @Test
    void pagesFollowOneAnother() {
        var first = patients.search(surname, false, 0, 2);
        var second = patients.search(surname, false, 2, 2);

        assertThat(ids(first)).containsExactly(alan.id(), grace.id());
        assertThat(ids(second)).containsExactly(ada.id());
    }

    @Test
    void aCommonFragmentIsReadInNameOrderAsARareOneIs() {
        // more matches than PatientSearch gathers and sorts: the name index is walked instead
        jdbc.sql("""
                insert into patient (full_name, date_of_birth, created_at, updated_at)
                select 'Person ' || lpad(n::text, 5, '0') || ' ' || :surname, date '1970-01-01', now(), now()
                  from generate_series(1, :count) n
                """).param("surname", surname).param("count", PatientSearch.FEW_MATCHES + 100).update();

        var first = patients.search(surname, false, 0, 50);
        var next = patients.search(surname, false, 50, 50);

        assertThat(ids(first)).startsWith(alan.id(), grace.id());
        assertThat(first).hasSize(50).allSatisfy(patient -> assertThat(patient.fullName()).contains(surname));
        assertThat(first.get(2).fullName()).isEqualTo("Person 00001 " + surname);
        assertThat(next.getFirst().fullName()).isEqualTo("Person 00049 " + surname);
    }

    private static List<Long> ids(List<Patient> found) {
        return found.stream().map(Patient::id).toList();
    }
}
