package com.backinshape.portal.account;

import com.backinshape.portal.base.DevTools;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code app.demo.members=N} (e.g. {@code APP_DEMO_MEMBERS=100000}) tops the member table up to N demo members at
 * start. On a developer's machine only ({@link DevTools}: no {@code prod} profile, no mail server).
 */
@Component
@DevTools.Only
@ConditionalOnProperty("app.demo.members")
class DemoMembersOnStart implements ApplicationRunner {

    private final DemoMembers demo;
    private final JdbcTemplate jdbc;
    private final int wanted;

    DemoMembersOnStart(DemoMembers demo, JdbcTemplate jdbc, DemoProperties settings) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.wanted = settings.members();
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing =
                jdbc.queryForObject("select count(*) from member where email_key like '%@demo.invalid'", Integer.class);
        int missing = wanted - (existing == null ? 0 : existing);
        if (missing > 0) {
            demo.seed(missing, System.nanoTime());
        }
    }
}
