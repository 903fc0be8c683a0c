package com.backinshape.portal.programme;

import com.backinshape.portal.billing.PremiumStart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** After an upgrade: the questionnaire first for a member who has not completed one, else strength training. */
@Component
class StrengthStart implements PremiumStart {

    static final FirstStep QUESTIONNAIRE = new FirstStep(
            "Start the questionnaire",
            "/questionnaire",
            "Strength training starts after the back-pain questionnaire: it checks that strength work is safe for you "
                    + "and takes about five minutes.");

    private final ProgrammeSuspension suspension;

    StrengthStart(ProgrammeSuspension suspension) {
        this.suspension = suspension;
    }

    @Override
    @Transactional(readOnly = true)
    public FirstStep firstStep(long memberId) {
        return suspension.isScreened(memberId) ? STRENGTH : QUESTIONNAIRE;
    }
}
