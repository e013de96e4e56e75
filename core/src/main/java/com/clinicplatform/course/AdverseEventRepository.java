package com.clinicplatform.course;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdverseEventRepository extends JpaRepository<AdverseEvent, Long> {

    List<AdverseEvent> findByCourseIdInOrderByOccurredOnAscIdAsc(Collection<Long> courseIds);
}
