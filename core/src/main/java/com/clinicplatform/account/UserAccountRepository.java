package com.clinicplatform.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** By lower case, as the unique index on usernames is: "Admin" and "admin" are one account. */
    @Query("select a from UserAccount a where lower(a.username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @Query("select new com.clinicplatform.account.SessionStanding(a.enabled, a.locked, a.passwordChangedAt)"
            + " from UserAccount a where lower(a.username) = lower(:username)")
    Optional<SessionStanding> findStanding(String username);

    @Query("select a from UserAccount a join a.roles r where r = :role order by lower(a.fullName)")
    List<UserAccount> findWithRole(Role role);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where a.enabled = true and r = :role")
    boolean existsEnabledWithRole(Role role);
}
