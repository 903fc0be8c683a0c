package com.backinshape.portal.account.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Locks the row, so two presses of the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :tokenHash")
    Optional<AccountToken> findForUpdate(String tokenHash);

    /** The newest link of one purpose still open for the member, if any. */
    Optional<AccountToken> findFirstByMemberIdAndPurposeAndUsedAtIsNullOrderByCreatedAtDescIdDesc(
            long memberId, TokenPurpose purpose);

    /** Ends the still-open links of one purpose (e.g. older reset links once a new one is sent). */
    @Modifying
    @Query(
            "update AccountToken t set t.usedAt = :now where t.memberId = :memberId and t.purpose = :purpose and t.usedAt is null")
    int retireOpen(long memberId, TokenPurpose purpose, Instant now);
}
