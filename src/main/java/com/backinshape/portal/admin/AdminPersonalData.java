package com.backinshape.portal.admin;

import com.backinshape.portal.base.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log's lines about the member: above all who at the clinic looked at their health answers, when and why, and
 * every other action staff took on their account.
 */
@Component
class AdminPersonalData implements PersonalData.Contributor {

    private final JdbcClient jdbc;

    AdminPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalData.Part personalData(long memberId) {
        var rows = PersonalData.rows(jdbc.sql("""
                select occurred_at, actor_email as by_whom, action, reason, detail from audit_entry
                where member_id = ? order by occurred_at, id""").param(memberId).query().listOfRows());
        var lines = new ArrayList<String>();
        for (Map<String, Object> r : rows) {
            String action = String.valueOf(r.get("action"));
            String label = java.util.Arrays.stream(AuditAction.values())
                    .filter(a -> a.name().equals(action))
                    .map(AuditAction::label)
                    .findFirst()
                    .orElse(action);
            lines.add(r.get("occurred_at") + ": " + label + " by " + r.get("by_whom") + ", reason: " + r.get("reason"));
        }
        long healthViews = rows.stream()
                .filter(r -> AuditAction.VIEWED_HEALTH_DATA.name().equals(r.get("action")))
                .count();
        lines.addFirst(
                healthViews == 0
                        ? "Nobody at the clinic has looked at your health answers."
                        : "Clinic staff looked at your health answers " + healthViews + " time(s), listed below.");
        return new PersonalData.Part(
                "clinic-access", "Who at the clinic looked at your data, when and why", rows, List.copyOf(lines));
    }

    @Override
    public int order() {
        return 70;
    }
}
