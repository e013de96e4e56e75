package com.clinicplatform.patient;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientConsentRepository extends JpaRepository<PatientConsent, Long> {

    List<PatientConsent> findByPatientIdOrderByRecordedAtAscIdAsc(long patientId);
}
