package com.clinicplatform.patient;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientNoteRepository extends JpaRepository<PatientNote, Long> {

    List<PatientNote> findByPatientIdOrderByWrittenAtAscIdAsc(long patientId);
}
