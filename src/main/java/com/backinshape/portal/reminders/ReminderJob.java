package com.backinshape.portal.reminders;

import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ProgrammeSuspension;
import com.backinshape.portal.reminders.domain.EmailPreference;
import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes programme reminders due: every few minutes, on one instance at a time (its lock), members with reminders on are
 * read in batches of {@code app.reminders.batch}, one transaction per batch. A member whose programme is suspended, or
 * who has none, gets none. Each due reminder is recorded ({@code last_reminded_on}) in the transaction that publishes
 * it, and the outbox keys its email by member and day, so a restart or a second instance never sends one twice.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final EmailPreferenceRepository preferences;
    private final ProgrammeSuspension suspension;
    private final PremiumAccess premium;
    private final PreferenceLinks links;
    private final ApplicationEventPublisher events;
    private final RemindersProperties settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    ReminderJob(
            EmailPreferenceRepository preferences,
            ProgrammeSuspension suspension,
            PremiumAccess premium,
            PreferenceLinks links,
            ApplicationEventPublisher events,
            RemindersProperties settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.preferences = preferences;
        this.suspension = suspension;
        this.premium = premium;
        this.links = links;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${app.reminders.check-every:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "programme-reminders", lockAtMostFor = "PT10M")
    void scheduled() {
        try {
            remindDue();
        } catch (RuntimeException e) {
            log.warn("Reminder run failed: {}", e.getClass().getSimpleName());
        }
    }

    /** @return how many reminders became due in this run */
    public int remindDue() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(TimeConfig.LONDON);
        LocalDate today = now.toLocalDate();
        long afterId = 0;
        int due = 0;
        while (true) {
            long from = afterId;
            List<Long> ids =
                    tx.execute(s -> preferences.findCandidateIds(from, today, PageRequest.of(0, settings.batch())));
            if (ids == null || ids.isEmpty()) {
                return due;
            }
            Integer made = tx.execute(s -> {
                int count = 0;
                for (EmailPreference p : preferences.findAllById(ids)) {
                    if (ReminderSchedule.isDue(p.getReminderDays(), p.getReminderTime(), p.getLastRemindedOn(), now)
                            && suspension.isScreened(p.getMemberId())
                            && !suspension.isSuspended(p.getMemberId())) {
                        boolean strength = premium.has(p.getMemberId(), Tier.PREMIUM);
                        var memberLinks = links.forMember(p.getMemberId());
                        events.publishEvent(new ReminderBecameDue(
                                p.getMemberId(),
                                today,
                                strength ? "/strength" : "/programme",
                                strength,
                                memberLinks.page(),
                                memberLinks.oneClick()));
                        p.reminded(today);
                        count++;
                    }
                }
                return count;
            });
            due += made == null ? 0 : made;
            afterId = ids.getLast();
        }
    }
}
