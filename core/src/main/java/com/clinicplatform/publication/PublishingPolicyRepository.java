package com.clinicplatform.publication;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishingPolicyRepository extends JpaRepository<PublishingPolicy, Short> {
}
