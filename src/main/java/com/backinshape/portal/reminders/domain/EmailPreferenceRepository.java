package com.backinshape.portal.reminders.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmailPreferenceRepository extends JpaRepository<EmailPreference, Long> {

    Optional<EmailPreference> findByMemberId(long memberId);

    /** The next batch (by id, after {@code afterId}) of members with reminders on and none yet on {@code today}. */
    @Query("""
            select p.id from EmailPreference p
            where p.remindersOn = true and p.id > :afterId
              and (p.lastRemindedOn is null or p.lastRemindedOn < :today)
            order by p.id""")
    List<Long> findCandidateIds(long afterId, LocalDate today, Pageable page);

    /** Members whose win-back is due by {@code now}. */
    @Query("select p.id from EmailPreference p where p.winBackDueAt <= :now order by p.id")
    List<Long> findWinBacksDue(Instant now, Pageable page);

    long countByUnsubscribedAtGreaterThanEqualAndUnsubscribedAtLessThan(Instant from, Instant to);
}
