package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Realistic demo members for development and measurement: varied names, articles, campaigns, signup dates over the last
 * two years and about 70% verified, inserted in JDBC batches. Never in production (not even a bean there); started by
 * {@code app.demo.members=N} through {@link DemoMembersOnStart}. The demo members cannot sign in (their password hash
 * matches no password).
 */
@Component
@Profile("!prod")
public class DemoMembers {

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);
    private static final int BATCH = 1_000;
    private static final String[] NAMES = {
        "Anna", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry", "Isla", "Jack", "Kemi", "Liam", "Maya", "Noah",
        "Olivia", "Priya", "Quentin", "Ruby", "Sam", "Tom", "Uma", "Viktor", "Wei", "Xena", "Yusuf", "Zara"
    };
    private static final String[] SOURCES = {
        "tight-hamstrings",
        "desk-posture",
        "sciatica-myths",
        "core-basics",
        "running-back-pain",
        "sleep-positions",
        null
    };
    private static final String[] UTM_SOURCES = {"newsletter", "facebook", "google", null};
    /** Not a hash of any password: "{noop}" with a value nobody types. */
    private static final String NO_PASSWORD =
            "{noop}demo-members-cannot-sign-in-" + Long.toHexString(new Random().nextLong());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoMembers(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Adds {@code count} demo members (emails {@code name.N@demo.invalid}); answers how many were added. */
    public int seed(int count, long randomSeed) {
        var random = new Random(randomSeed);
        Instant now = clock.instant();
        long start = jdbc.queryForObject("select coalesce(max(id), 0) from member", Long.class);
        int added = 0;
        while (added < count) {
            int size = Math.min(BATCH, count - added);
            var rows = new ArrayList<Object[]>(size);
            for (int i = 0; i < size; i++) {
                rows.add(row(random, start + added + i + 1, now));
            }
            tx.executeWithoutResult(s -> jdbc.batchUpdate("""
                    insert into member (first_name, email, email_key, password_hash, role, enabled, email_verified_at,
                        created_at, source_ref, utm_source, utm_medium, utm_campaign, terms_version, terms_accepted_at,
                        health_consent_version, health_consent_at, version)
                    values (?, ?, ?, ?, 'MEMBER', true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows));
            added += size;
        }
        log.info("Added {} demo members", added);
        return added;
    }

    private static Object[] row(Random random, long n, Instant now) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String email = name.toLowerCase() + "." + n + "@demo.invalid";
        Instant created = now.minus(Duration.ofMinutes(random.nextLong(60L * 24 * 730)));
        OffsetDateTime createdAt = created.atOffset(ZoneOffset.UTC);
        OffsetDateTime verifiedAt = random.nextInt(10) < 7
                ? created.plus(Duration.ofMinutes(5 + random.nextInt(600))).atOffset(ZoneOffset.UTC)
                : null;
        String source = SOURCES[random.nextInt(SOURCES.length)];
        String utm = source == null ? null : UTM_SOURCES[random.nextInt(UTM_SOURCES.length)];
        return new Object[] {
            name,
            email,
            Member.emailKey(email),
            NO_PASSWORD,
            verifiedAt,
            createdAt,
            source,
            utm,
            utm == null ? null : "email",
            utm == null ? null : "article-" + (1 + random.nextInt(12)),
            SignupService.TERMS_VERSION,
            createdAt,
            SignupService.HEALTH_CONSENT_VERSION,
            createdAt
        };
    }
}
