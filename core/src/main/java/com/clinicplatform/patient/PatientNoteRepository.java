package com.clinicplatform.patient;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PatientNoteRepository extends JpaRepository<PatientNote, Long> {

    List<PatientNote> findByPatientIdOrderByWrittenAtAscIdAsc(long patientId);

    @Modifying
    @Query("delete from PatientNote n where n.patientId = :patientId")
    void deleteByPatientId(long patientId);
}
