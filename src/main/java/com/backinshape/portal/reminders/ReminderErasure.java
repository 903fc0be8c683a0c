package com.backinshape.portal.reminders;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An erased member's reminder choices and unsubscribe record are deleted, in the erasing transaction. */
@Component
class ReminderErasure {

    private final JdbcClient jdbc;

    ReminderErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberErased e) {
        jdbc.sql("delete from email_preference where member_id = ?")
                .param(e.memberId())
                .update();
    }
}
