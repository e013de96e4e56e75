package com.clinicplatform.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InquiryRepository extends JpaRepository<Inquiry, Long>, JpaSpecificationExecutor<Inquiry> {

    Optional<Inquiry> findByFormKey(UUID formKey);

    Optional<Inquiry> findByReference(String reference);

    /** The inquiry, with every other change to it waiting until this transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Inquiry i where i.id = :id")
    Optional<Inquiry> findForChange(long id);

    List<Inquiry> findByPatientIdOrderBySubmittedAtDesc(long patientId);

    @Modifying
    @Query(value = "delete from inquiry where patient_id = :patientId", nativeQuery = true)
    int deleteByPatient(long patientId);

    long countByStatus(InquiryStatus status);

    long countBySubmittedAtGreaterThanEqualAndStatusNot(Instant since, InquiryStatus status);

    long countBySubmittedAtGreaterThanEqualAndStatus(Instant since, InquiryStatus status);

    @Query(value = "select nextval('inquiry_number_seq')", nativeQuery = true)
    long nextNumber();

    /** Inquiries that never became patients, untouched since {@code before}; their notes and mail go with them. */
    @Modifying
    @Query(value = "delete from inquiry where status not in ('CONVERTED', 'SPAM') and updated_at < :before",
            nativeQuery = true)
    int deleteUnconvertedUntouchedSince(Instant before);

    @Modifying
    @Query(value = "delete from inquiry where status = 'SPAM' and updated_at < :before", nativeQuery = true)
    int deleteSpamUntouchedSince(Instant before);
}
