package com.clinicplatform.dev;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/** The patients themselves: who they are, how to reach them, and when they registered. */
final class PatientRows {

    /** What the other records need of a patient. */
    record Patient(long id, String fullName, String email, String phone, Instant registered) {
    }

    final CopyTable patients = new CopyTable("patient",
            "id, full_name, date_of_birth, email, phone, address, created_at, updated_at");
    private final People people;
    private final IdBlock ids;

    PatientRows(People people, IdBlock ids) {
        this.people = people;
        this.ids = ids;
    }

    /**
     * Most patients give an email address, a phone number and an address; one who wrote through the inquiry form
     * gave at least a way to reach them.
     */
    Patient add(int index, Instant registered, boolean wrote, Random random) throws SQLException {
        var first = people.firstName();
        var last = people.lastName();
        var born = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(70 * 365));
        var email = random.nextInt(10) < 7 ? People.email(first, last, index) : null;
        var phone = random.nextInt(10) < 8 || wrote && email == null ? People.phone(random) : null;
        var address = random.nextInt(10) < 9 ? People.address(random) : null;
        var patient = new Patient(ids.next(), first + " " + last, email, phone, registered);
        patients.add(patient.id(), patient.fullName(), born, email, phone, address, registered, registered);
        return patient;
    }
}
