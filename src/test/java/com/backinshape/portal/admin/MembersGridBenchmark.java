package com.backinshape.portal.admin;

import com.backinshape.portal.account.DemoMembers;
import com.backinshape.portal.account.MemberFilter;
import com.backinshape.portal.account.MemberSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The members grid's data query against 100,000 members: a measurement, not a pass/fail timing. Run with {@code ./mvnw
 * -Pbenchmark test}; the figures go to stdout and target/benchmarks/.
 */
@Tag("benchmark")
abstract class MembersGridBenchmark extends AdminTestBase {

    static final int MEMBERS = 100_000;
    static final int RUNS = 30;

    @Autowired
    DemoMembers demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberList directory;

    abstract String database();

    @Test
    void members_grid_pages_against_100000_members() throws IOException {
        Long existing = jdbc.queryForObject("select count(*) from member", Long.class);
        if (existing < MEMBERS) {
            long t = System.nanoTime();
            demo.seed((int) (MEMBERS - existing), 42);
            System.out.printf("Seeded %d members in %d ms%n", MEMBERS - existing, (System.nanoTime() - t) / 1_000_000);
        }
        if (database().equals("PostgreSQL")) {
            jdbc.execute("analyze member");
        }
        signInAsAdmin();
        LocalDate today = LocalDate.of(2026, 11, 26);
        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("first page, newest first", page(MemberFilter.all(), PageRequest.of(0, 50)));
        cases.put("page 200 (offset 10,000), newest first", page(MemberFilter.all(), PageRequest.of(200, 50)));
        cases.put(
                "first page sorted by first name",
                page(MemberFilter.all(), PageRequest.of(0, 50, Sort.by(MemberSummary.SORT_FIRST_NAME))));
        cases.put(
                "first page sorted by email",
                page(MemberFilter.all(), PageRequest.of(0, 50, Sort.by(MemberSummary.SORT_EMAIL))));
        cases.put(
                "first page sorted by source",
                page(MemberFilter.all(), PageRequest.of(0, 50, Sort.by(MemberSummary.SORT_SOURCE))));
        cases.put("email prefix \"anna.12\"", page(MemberFilter.all().withSearch("anna.12"), PageRequest.of(0, 50)));
        cases.put("name or email prefix \"zar\"", page(MemberFilter.all().withSearch("zar"), PageRequest.of(0, 50)));
        cases.put(
                "name or email prefix with no match \"xyq\"",
                page(MemberFilter.all().withSearch("xyq"), PageRequest.of(0, 50)));
        cases.put(
                "not verified + source tight-hamstrings",
                page(new MemberFilter(null, false, "tight-hamstrings", null, null), PageRequest.of(0, 50)));
        cases.put(
                "joined in the last 30 days",
                page(new MemberFilter(null, null, null, today.minusDays(29), today), PageRequest.of(0, 50)));
        cases.put(
                "tier Free (everyone but the paid)",
                () -> page(
                                directory.withBilling(
                                        MemberFilter.all(), com.backinshape.portal.billing.Tier.FREE, null),
                                PageRequest.of(0, 50))
                        .run());
        cases.put(
                "subscription Active",
                () -> page(
                                directory.withBilling(
                                        MemberFilter.all(),
                                        null,
                                        com.backinshape.portal.billing.SubscriptionStatus.ACTIVE),
                                PageRequest.of(0, 50))
                        .run());
        var lines = new ArrayList<String>();
        lines.add("| query (" + database() + ", " + MEMBERS + " members, 50 per page) | median ms | p90 ms | max ms |");
        lines.add("|---|---|---|---|");
        cases.forEach((name, run) -> {
            for (int i = 0; i < 5; i++) {
                run.run();
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                run.run();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            lines.add(String.format(
                    Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", name, ms[RUNS / 2], ms[RUNS * 9 / 10], ms[RUNS - 1]));
        });
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.write(Path.of("target", "benchmarks", "members-grid-" + database() + ".md"), lines);
    }

    private Runnable page(MemberFilter filter, Pageable pageable) {
        return () -> {
            // what the grid fetches: the page of members plus billing's tier and status for that page
            List<MemberRow> rows = directory.rows(filter, pageable).getContent();
            if (rows.isEmpty()
                    && pageable.getPageNumber() == 0
                    && filter.search() == null
                    && filter.onlyMembers() == null) {
                throw new AssertionError("no rows for " + filter);
            }
        };
    }
}
