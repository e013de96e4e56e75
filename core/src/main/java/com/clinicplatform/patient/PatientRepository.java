package com.clinicplatform.patient;

import java.time.LocalDate;
import java.util.List;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long> {

    /** The record, locked until the transaction ends: an erasure decides on what it sees. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Patient p where p.id = :id")
    Optional<Patient> findForUpdate(long id);

    /** The record, held so that it cannot be erased until the transaction ends: a course is added to it. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select p from Patient p where p.id = :id")
    Optional<Patient> findForShare(long id);

    /** The expressions match the indexes of V7, so each of the three ways is an index lookup. */
    @Query(value = """
            select * from patient
            where lower(email) = lower(:email)
               or phone = :phone
               or (lower(full_name) = lower(:fullName) and date_of_birth = :dateOfBirth)
            order by id
            limit 20
            """, nativeQuery = true)
    List<Patient> findLikelySamePerson(String email, String phone, String fullName, LocalDate dateOfBirth);
}
