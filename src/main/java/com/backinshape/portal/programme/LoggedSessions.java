package com.backinshape.portal.programme;

import com.backinshape.portal.programme.domain.SessionLogRepository;
import com.backinshape.portal.programme.domain.StrengthSessionRepository;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for what a logged session is, and the counts built on it: a whole session of the free programme or of a
 * strength programme that the member logged with "I did this session" ticked. A log without the tick is kept (its pain
 * score still shows on the pain chart) but is not a session: the member is told so when saving ({@link #NOT_COUNTED}).
 * The member's "Sessions per week", the admin's "Sessions logged" and the dashboard's sessions figure all count through
 * here, so they always agree.
 */
@Service
public class LoggedSessions {

    /** What the member is told after saving a log with "I did this session" unticked. */
    public static final String NOT_COUNTED = "Noted: not counted as a session, because \"I did this session\" "
            + "was not ticked. Your pain score is on your pain chart.";

    private final SessionLogRepository free;
    private final StrengthSessionRepository strength;

    LoggedSessions(SessionLogRepository free, StrengthSessionRepository strength) {
        this.free = free;
        this.strength = strength;
    }

    /** Whether a log with this "I did this session" answer counts as a session. */
    static boolean counts(boolean done) {
        return done;
    }

    /** When the member's sessions (free and strength) were logged, in no particular order. */
    List<Instant> loggedAt(long memberId) {
        return Stream.concat(free.doneSessionTimes(memberId).stream(), strength.doneSessionTimes(memberId).stream())
                .toList();
    }

    /** The member's sessions, free and strength, for clinic staff (a count, not health data). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(long memberId) {
        return free.countDoneSessions(memberId) + strength.countDoneSessions(memberId);
    }

    /** Sessions logged by all members in [start, end), free and strength: the dashboard's figure. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countBetween(Instant start, Instant end) {
        return free.countDoneSessionsBetween(start, end) + strength.countDoneSessionsBetween(start, end);
    }
}
