package com.backinshape.portal.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    List<SessionLog> findByMemberIdOrderByLoggedAtAscIdAsc(long memberId);

    /** The member's latest whole-session logs of the free programme, newest first. */
    List<SessionLog> findByMemberIdAndExerciseIdIsNullOrderByLoggedAtDescIdDesc(
            long memberId, org.springframework.data.domain.Limit limit);

    long countByMemberId(long memberId);

    /** Whole sessions logged as done (the rule lives in {@code programme.LoggedSessions}). */
    @Query(
            "select l.loggedAt from SessionLog l where l.memberId = :memberId and l.exerciseId is null and l.report.done = true")
    List<java.time.Instant> doneSessionTimes(long memberId);

    @Query(
            "select count(l) from SessionLog l where l.memberId = :memberId and l.exerciseId is null and l.report.done = true")
    long countDoneSessions(long memberId);

    @Query("select count(l) from SessionLog l where l.exerciseId is null and l.report.done = true "
            + "and l.loggedAt >= :start and l.loggedAt < :end")
    long countDoneSessionsBetween(java.time.Instant start, java.time.Instant end);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from SessionLog l where l.memberId = :memberId")
    int deleteByMember(long memberId);
}
