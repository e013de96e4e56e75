package com.clinicplatform.course;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpPlanRepository extends JpaRepository<FollowUpPlan, Long> {
}
