package com.backinshape.portal.programme;

import com.backinshape.portal.programme.domain.MemberProgramme;
import com.backinshape.portal.programme.domain.MemberProgrammeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a member's programmes are on hold because their latest questionnaire showed a red flag, or because no
 * questionnaire has screened them yet. The one place premium programmes (and billing pages) ask before offering
 * exercises.
 */
@Component
public class ProgrammeSuspension {

    private final MemberProgrammeRepository programmes;

    ProgrammeSuspension(MemberProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    public boolean isSuspended(long memberId) {
        return programmes
                .findByMemberId(memberId)
                .map(MemberProgramme::isSuspended)
                .orElse(false);
    }

    /** Whether a completed questionnaire has screened the member (a programme, active or paused, exists). */
    @Transactional(readOnly = true)
    public boolean isScreened(long memberId) {
        return programmes.findByMemberId(memberId).isPresent();
    }
}
