package com.clinicplatform.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TreatmentCourseRepository extends JpaRepository<TreatmentCourse, Long> {

    List<TreatmentCourse> findByPatientIdOrderByStartedOnAscIdAsc(long patientId);

    boolean existsByPatientId(long patientId);
}
