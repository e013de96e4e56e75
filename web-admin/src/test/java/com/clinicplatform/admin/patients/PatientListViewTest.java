package com.clinicplatform.admin.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.patient.PatientDetails;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientService;

/** The patients' list: searched as staff type, one page at a time, never counting the table. */
@SpringBootTest
@WithMockUser(username = "frontdesk", roles = "STAFF")
class PatientListViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Test
    void staffFindAPatientByPartOfTheNameAndTheGridNeverCountsTheTable() {
        var surname = "Zephyrine" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        var wren = patients.create(new PatientDetails("Wren " + surname, LocalDate.of(1970, 5, 1), null, "+442079460777"));
        patients.create(new PatientDetails("Otto " + surname, LocalDate.of(1971, 6, 2), "otto@example.com", null));

        var view = navigate(PatientListView.class);
        test(view.search).setValue(surname.substring(3, 9));

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(view.grid.getLazyDataView().getItems().map(Patient::fullName).toList())
                .containsExactly("Otto " + surname, "Wren " + surname);
        var grid = test(view.grid);
        assertThat(grid.getCellText(1, grid.getColumnPosition("phone"))).isEqualTo("020 7946 0777");

        test(view.search).setValue("020 7946 0777");
        assertThat(view.grid.getLazyDataView().getItems().map(Patient::id).toList()).contains(wren.id());
    }
}
