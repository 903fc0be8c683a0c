package com.backinshape.portal.programme;

import com.backinshape.portal.account.AccountEvents.HealthConsentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent withdrawn: the programmes stop (the free programme and the strength progress are deleted, so nothing is
 * offered until a new questionnaire) and every logged session with its pain score and note is deleted, in the
 * withdrawing transaction.
 */
@Component
class ProgrammeConsentWithdrawal {

    private final JdbcClient jdbc;
    private final StrengthRecordsErasure strength;

    ProgrammeConsentWithdrawal(JdbcClient jdbc, StrengthRecordsErasure strength) {
        this.jdbc = jdbc;
        this.strength = strength;
    }

    @EventListener
    void on(HealthConsentWithdrawn e) {
        jdbc.sql("delete from session_log where member_id = ?")
                .param(e.memberId())
                .update();
        jdbc.sql("delete from programme where member_id = ?")
                .param(e.memberId())
                .update();
        strength.deleteStrengthRecords(e.memberId());
    }
}
