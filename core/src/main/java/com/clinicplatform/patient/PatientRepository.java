package com.clinicplatform.patient;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long> {

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
