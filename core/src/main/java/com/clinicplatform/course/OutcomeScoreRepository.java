package com.clinicplatform.course;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeScoreRepository extends JpaRepository<OutcomeScore, Long> {

    List<OutcomeScore> findByCourseIdInOrderByMeasuredOnAscIdAsc(Collection<Long> courseIds);
}
