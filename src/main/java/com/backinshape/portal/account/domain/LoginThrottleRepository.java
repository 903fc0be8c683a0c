package com.backinshape.portal.account.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    /**
     * Creates the email's row unless it exists, without failing when a parallel attempt creates it at the same moment
     * (the database decides; H2 understands this in its PostgreSQL mode).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "insert into login_throttle (email_key, failures, window_start) values (:emailKey, 0, :now) "
                    + "on conflict do nothing",
            nativeQuery = true)
    int insertIfAbsent(String emailKey, Instant now);

    /** Reads the email's row and locks it until the transaction ends: parallel attempts queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.emailKey = :emailKey")
    Optional<LoginThrottle> findForUpdate(String emailKey);
}
