package com.clinicplatform.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicProfileRepository extends JpaRepository<ClinicProfile, Short> {
}
