package com.clinicplatform.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** By lower case, as the unique index on usernames is: "Admin" and "admin" are one account. */
    @Query("select a from UserAccount a where lower(a.username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    /** The account, locked until the transaction ends: concurrent checks of its codes then count one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where lower(a.username) = lower(:username)")
    Optional<UserAccount> findForUpdate(String username);

    @Query("select new com.clinicplatform.account.SessionStanding(a.enabled, a.locked, a.passwordChangedAt,"
            + " a.sessionsValidFrom)"
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

    /**
     * Accepts a time step's code once: moves the account's last accepted step forward, and only forward, so the same
     * code (or an older one) never signs in twice, even when sent twice at once. Returns 1 when it moved.
     */
    @Modifying(clearAutomatically = true)
    @Query(value = """
            update user_account set totp_last_step = :step
             where id = :id and totp_secret is not null and (totp_last_step is null or totp_last_step < :step)
            """, nativeQuery = true)
    int acceptTimeStep(long id, long step);

    @Query(value = "select coalesce(totp_last_step, -1) from user_account where id = :id", nativeQuery = true)
    long lastTimeStep(long id);

    /** Unlocks the account: the lock an administrator or too many failed sign-ins put on it, and the count. */
    @Modifying(clearAutomatically = true)
    @Query(value = "update user_account set locked = false, locked_until = null, failed_sign_ins = 0 where id = :id",
            nativeQuery = true)
    void unlock(long id);

    @Query("select count(a) from UserAccount a join a.roles r where a.enabled = true and r = :role and a.id <> :id")
    long countOtherEnabledWithRole(Role role, long id);

    @Query("""
            select a from UserAccount a
             where :search = ''
                or lower(a.username) like concat('%', :search, '%')
                or lower(a.fullName) like concat('%', :search, '%')
                or lower(coalesce(a.email, '')) like concat('%', :search, '%')
            """)
    List<UserAccount> search(String search, Pageable page);

    @Query("""
            select count(a) from UserAccount a
             where :search = ''
                or lower(a.username) like concat('%', :search, '%')
                or lower(a.fullName) like concat('%', :search, '%')
                or lower(coalesce(a.email, '')) like concat('%', :search, '%')
            """)
    long countSearch(String search);
}
