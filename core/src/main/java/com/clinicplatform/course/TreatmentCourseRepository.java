package com.clinicplatform.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TreatmentCourseRepository extends JpaRepository<TreatmentCourse, Long> {

    List<TreatmentCourse> findByPatientIdOrderByStartedOnAscIdAsc(long patientId);

    boolean existsByPatientId(long patientId);

    /** Recomputes what the course contributes to the outcome figures (V16); pending changes are written first. */
    @Query(value = "select refresh_course_summary(:courseId)", nativeQuery = true)
    int refreshSummary(long courseId);
}
