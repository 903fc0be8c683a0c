package com.backinshape.portal.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assessment's figure for the admin dashboard: who completed a questionnaire (counts only, no answers). */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class QuestionnaireFigures {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    QuestionnaireFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code memberIds} who completed at least one questionnaire. */
    @Transactional(readOnly = true)
    public Set<Long> completedAmong(List<Long> memberIds) {
        Set<Long> done = new HashSet<>();
        for (int i = 0; i < memberIds.size(); i += CHUNK) {
            done.addAll(jdbc.sql(
                            "select distinct member_id from assessment where status = 'COMPLETED' and member_id in (:ids)")
                    .param("ids", new ArrayList<>(memberIds.subList(i, Math.min(i + CHUNK, memberIds.size()))))
                    .query(Long.class)
                    .list());
        }
        return done;
    }
}
