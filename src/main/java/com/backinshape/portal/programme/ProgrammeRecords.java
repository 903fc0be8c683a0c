package com.backinshape.portal.programme;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.programme.domain.MemberProgrammeRepository;
import com.backinshape.portal.programme.domain.SessionLogRepository;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's session log for clinic staff: how many sessions (not health data), and the pain scores (health data: only
 * with a reason, which the admin feature records first). Erased with the member.
 */
@Service
public class ProgrammeRecords {

    public record PainScore(Instant loggedAt, int pain, boolean done, SessionFeedback feedback) {}

    private final SessionLogRepository logs;
    private final MemberProgrammeRepository programmes;
    private final LoggedSessions sessions;

    ProgrammeRecords(SessionLogRepository logs, MemberProgrammeRepository programmes, LoggedSessions sessions) {
        this.logs = logs;
        this.programmes = programmes;
        this.sessions = sessions;
    }

    /** The member's logged sessions, free and strength, counted by the one rule in {@link LoggedSessions}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long sessionCount(long memberId) {
        return sessions.count(memberId);
    }

    /** @throws InvalidInputException "reason" when no reason is given */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PainScore> painScores(long memberId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why you need to see this member's pain scores.");
        }
        return logs.findByMemberIdOrderByLoggedAtAscIdAsc(memberId).stream()
                .map(l -> new PainScore(l.getLoggedAt(), l.getPain(), l.isDone(), l.getFeedback()))
                .toList();
    }

    @EventListener
    void on(MemberErased e) {
        logs.deleteByMember(e.memberId());
        programmes.deleteByMember(e.memberId());
    }
}
