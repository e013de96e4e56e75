package com.clinicplatform.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /**
     * Counts a failed sign-in, in one statement, so failures arriving at once are all counted; the one that reaches
     * {@code limit} locks the account until {@code until} and starts the count afresh. Failures while locked do not
     * count. Returns the rows changed that became locked by this failure (0 or 1).
     */
    @Modifying(clearAutomatically = true)
    @Query(value = """
            update user_account
               set failed_sign_ins = case when failed_sign_ins + 1 >= :limit then 0 else failed_sign_ins + 1 end,
                   locked_until = case when failed_sign_ins + 1 >= :limit then :until else locked_until end
             where lower(username) = lower(:username)
               and (locked_until is null or locked_until <= :now)
            """, nativeQuery = true)
    int countFailedSignIn(String username, int limit, Instant now, Instant until);

    @Modifying(clearAutomatically = true)
    @Query(value = "update user_account set failed_sign_ins = 0 where lower(username) = lower(:username)",
            nativeQuery = true)
    void forgetFailedSignIns(String username);
}
