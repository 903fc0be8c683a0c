package com.backinshape.portal.programme;

import com.backinshape.portal.base.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programmes' part of a member's data: the free programme and its session log, and the premium strength programme's
 * progress and sessions (pain scores and notes included). Read by member id per table, whole rows, so columns added
 * later are included too.
 */
@Component
class ProgrammePersonalData implements PersonalData.Contributor {

    private static final List<String> TABLES =
            List.of("programme", "session_log", "strength_progress", "strength_session");

    private final JdbcClient jdbc;

    ProgrammePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalData.Part personalData(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String table : TABLES) {
            data.put(
                    table,
                    PersonalData.rows(jdbc.sql("select * from " + table + " where member_id = ? order by id")
                            .param(memberId)
                            .query()
                            .listOfRows()));
        }
        return new PersonalData.Part(
                "programmes",
                "Your programmes and session logs",
                data,
                List.of(
                        "Free programme: " + (((List<?>) data.get("programme")).isEmpty() ? "none" : "yes")
                                + "; sessions logged: " + ((List<?>) data.get("session_log")).size(),
                        "Strength programme: "
                                + (((List<?>) data.get("strength_progress")).isEmpty() ? "not started" : "started")
                                + "; sessions logged: " + ((List<?>) data.get("strength_session")).size()));
    }

    @Override
    public int order() {
        return 30;
    }
}
