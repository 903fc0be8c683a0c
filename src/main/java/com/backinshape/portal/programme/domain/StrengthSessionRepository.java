package com.backinshape.portal.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StrengthSessionRepository extends JpaRepository<StrengthSession, Long> {

    /** The member's latest sessions, newest first. */
    List<StrengthSession> findTop20ByMemberIdOrderByLoggedAtDescIdDesc(long memberId);

    /** The member's first sessions, oldest first (for the fixed "usual pain"). */
    List<StrengthSession> findByMemberIdOrderByLoggedAtAscIdAsc(
            long memberId, org.springframework.data.domain.Limit limit);

    /** Strength sessions logged as done (the rule lives in {@code programme.LoggedSessions}). */
    @Query("select s.loggedAt from StrengthSession s where s.memberId = :memberId and s.report.done = true")
    List<java.time.Instant> doneSessionTimes(long memberId);

    @Query("select count(s) from StrengthSession s where s.memberId = :memberId and s.report.done = true")
    long countDoneSessions(long memberId);

    @Query(
            "select count(s) from StrengthSession s where s.report.done = true and s.loggedAt >= :start and s.loggedAt < :end")
    long countDoneSessionsBetween(java.time.Instant start, java.time.Instant end);

    long countByMemberIdAndOutcomeAndLoggedAtAfter(long memberId, String outcome, java.time.Instant after);
}
