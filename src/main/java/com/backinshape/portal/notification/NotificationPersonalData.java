package com.backinshape.portal.notification;

import com.backinshape.portal.base.PersonalData;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The emails sent to or about the member: subject, date and delivery status (not the bodies). */
@Component
class NotificationPersonalData implements PersonalData.Contributor {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalData.Part personalData(long memberId) {
        var rows = PersonalData.rows(jdbc.sql("""
                select to_address, subject, created_at, sent_at, status from outbox_email
                where member_id = ? order by created_at, id""").param(memberId).query().listOfRows());
        List<String> lines = rows.stream()
                .map(r -> r.get("created_at") + ": \"" + r.get("subject") + "\" to " + r.get("to_address") + " ("
                        + r.get("status") + ")")
                .toList();
        return new PersonalData.Part(
                "emails",
                "Emails we sent to you or the clinic about you",
                rows,
                lines.isEmpty() ? List.of("No emails.") : lines);
    }

    @Override
    public int order() {
        return 60;
    }
}
