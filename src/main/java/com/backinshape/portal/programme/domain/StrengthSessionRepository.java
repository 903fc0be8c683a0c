package com.backinshape.portal.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrengthSessionRepository extends JpaRepository<StrengthSession, Long> {

    /** The member's latest sessions, newest first. */
    List<StrengthSession> findTop20ByMemberIdOrderByLoggedAtDescIdDesc(long memberId);

    /** The member's first sessions, oldest first (for the fixed "usual pain"). */
    List<StrengthSession> findByMemberIdOrderByLoggedAtAscIdAsc(long memberId, org.springframework.data.domain.Limit limit);

    long countByMemberIdAndOutcomeAndLoggedAtAfter(long memberId, String outcome, java.time.Instant after);
}
