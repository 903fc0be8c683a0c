package com.backinshape.portal.programme;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The premium strength programme's health data (where the member stands, every logged session with its pain score and
 * note) goes with the member, in the erasing transaction. Deletes by member id per table, so columns added later go
 * too.
 */
@Component
class StrengthRecordsErasure {

    private final JdbcClient jdbc;

    StrengthRecordsErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberErased e) {
        deleteStrengthRecords(e.memberId());
    }

    void deleteStrengthRecords(long memberId) {
        jdbc.sql("delete from strength_session where member_id = ?")
                .param(memberId)
                .update();
        jdbc.sql("delete from strength_progress where member_id = ?")
                .param(memberId)
                .update();
    }
}
