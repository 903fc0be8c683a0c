package com.backinshape.portal.programme;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When members last did their programme: the gentle nudge after 14 days without a logged session, and the clinic's
 * retention view. Dates only, never pain scores or notes.
 */
@Component
public class ProgrammeActivity {

    /** @param lastActive the last logged session, or when the programme was made if none was logged */
    public record LastActive(long memberId, Instant lastActive) {}

    /** One logged session: who and when. */
    public record Session(long memberId, Instant loggedAt) {}

    private final EntityManager entities;

    ProgrammeActivity(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The next batch, by member id after {@code afterMemberId}, of members whose programme runs (not suspended), with
     * when they were last active; the caller picks those idle long enough.
     */
    @Transactional(readOnly = true)
    public List<LastActive> running(long afterMemberId, int limit) {
        return entities
                .createQuery("""
                        select p.memberId, p.createdAt,
                               (select max(l.loggedAt) from SessionLog l where l.memberId = p.memberId)
                        from MemberProgramme p
                        where p.suspended = false and p.memberId > :after
                        order by p.memberId""", Object[].class)
                .setParameter("after", afterMemberId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new LastActive((Long) r[0], later((Instant) r[1], (Instant) r[2])))
                .toList();
    }

    /** Every logged session (member and time) from {@code from}, for the retention view. */
    @Transactional(readOnly = true)
    public List<Session> sessionsSince(Instant from) {
        return entities.createQuery("""
                        select distinct l.memberId, l.loggedAt from SessionLog l where l.loggedAt >= :from""", Object[].class).setParameter("from", from).getResultList().stream()
                .map(r -> new Session((Long) r[0], (Instant) r[1]))
                .toList();
    }

    private static Instant later(Instant a, @Nullable Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
