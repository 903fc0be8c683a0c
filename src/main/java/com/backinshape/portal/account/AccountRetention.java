package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.base.RetentionProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The account feature's daily retention: accounts whose email was never confirmed are deleted after
 * {@code unverified-accounts} (through the one erasure path, then the row itself), and failed sign-in records go after
 * {@code sign-in-records}. Runs as the system; idempotent.
 */
@Component
public class AccountRetention {

    private static final Logger log = LoggerFactory.getLogger(AccountRetention.class);

    private final MemberRepository members;
    private final MemberEraser eraser;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final RetentionProperties settings;
    private final Clock clock;

    AccountRetention(
            MemberRepository members,
            MemberEraser eraser,
            JdbcClient jdbc,
            TransactionTemplate tx,
            RetentionProperties settings,
            Clock clock) {
        this.members = members;
        this.eraser = eraser;
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = RetentionProperties.DAILY, zone = RetentionProperties.ZONE)
    @SchedulerLock(name = "retention-delete-unverified-accounts", lockAtMostFor = "PT30M")
    public void deleteUnverifiedAccounts() {
        Instant before = clock.instant().minus(settings.unverifiedAccounts());
        List<Long> ids = jdbc.sql("""
                select id from member where email_verified_at is null and erased_at is null and role = 'MEMBER'
                  and created_at < ? order by id""")
                .param(java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
                .query(Long.class)
                .list();
        for (long id : ids) {
            tx.executeWithoutResult(
                    s -> members.findById(id).filter(m -> !m.isVerified()).ifPresent(m -> {
                        eraser.erase(m);
                        members.delete(m);
                    }));
        }
        log.info(
                "Retention: {} unconfirmed account(s) older than {} deleted",
                ids.size(),
                RetentionProperties.words(settings.unverifiedAccounts()));
    }

    @Scheduled(cron = RetentionProperties.DAILY, zone = RetentionProperties.ZONE)
    @SchedulerLock(name = "retention-forget-sign-in-records", lockAtMostFor = "PT30M")
    public void forgetSignInRecords() {
        Instant now = clock.instant();
        int deleted = tx.execute(s -> jdbc.sql("""
                delete from login_throttle where window_start < ? and (locked_until is null or locked_until < ?)""")
                .param(java.time.OffsetDateTime.ofInstant(
                        now.minus(settings.signInRecords()), java.time.ZoneOffset.UTC))
                .param(java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .update());
        log.info("Retention: {} sign-in record(s) deleted", deleted);
    }
}
