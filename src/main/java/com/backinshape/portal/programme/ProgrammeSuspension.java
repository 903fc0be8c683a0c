package com.backinshape.portal.programme;

import com.backinshape.portal.programme.domain.MemberProgramme;
import com.backinshape.portal.programme.domain.MemberProgrammeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a member's programmes are on hold because their latest questionnaire showed a red flag.
 * The one place premium programmes (and billing pages) ask before offering exercises.
 */
@Component
public class ProgrammeSuspension {

    private final MemberProgrammeRepository programmes;

    ProgrammeSuspension(MemberProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    public boolean isSuspended(long memberId) {
        return programmes.findByMemberId(memberId).map(MemberProgramme::isSuspended).orElse(false);
    }
}
