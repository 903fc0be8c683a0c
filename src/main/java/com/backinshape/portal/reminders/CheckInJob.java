package com.backinshape.portal.reminders;

import com.backinshape.portal.account.MarketingConsents;
import com.backinshape.portal.assessment.LatestQuestionnaires;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.programme.ProgrammeActivity;
import com.backinshape.portal.programme.ProgrammeSuspension;
import com.backinshape.portal.reminders.domain.EmailPreference;
import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Check-ins: four weeks after a member's latest questionnaire one email invites the retake (once per questionnaire);
 * after 14 days without a logged session one gentle nudge (once per quiet spell, never a series); seven days after a
 * paid subscription ended, one win-back, only with marketing consent and only if the member has not come back.
 * Check-ins and nudges not while the programme is suspended, nor after the member unsubscribed. One instance at a time,
 * in batches; the outbox keys the emails too.
 */
@Component
public class CheckInJob {

    static final Duration CHECK_IN_AFTER = Duration.ofDays(28);
    static final Duration NUDGE_AFTER = Duration.ofDays(14);
    private static final Logger log = LoggerFactory.getLogger(CheckInJob.class);

    private final LatestQuestionnaires questionnaires;
    private final ProgrammeActivity activity;
    private final ProgrammeSuspension suspension;
    private final EmailPreferenceRepository preferences;
    private final PreferenceLinks links;
    private final ApplicationEventPublisher events;
    private final RemindersProperties settings;
    private final MarketingConsents marketing;
    private final PremiumAccess premium;
    private final Clock clock;
    private final TransactionTemplate tx;

    CheckInJob(
            LatestQuestionnaires questionnaires,
            ProgrammeActivity activity,
            ProgrammeSuspension suspension,
            EmailPreferenceRepository preferences,
            PreferenceLinks links,
            ApplicationEventPublisher events,
            RemindersProperties settings,
            MarketingConsents marketing,
            PremiumAccess premium,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.marketing = marketing;
        this.premium = premium;
        this.questionnaires = questionnaires;
        this.activity = activity;
        this.suspension = suspension;
        this.preferences = preferences;
        this.links = links;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${app.reminders.check-ins-every:PT1H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "check-ins", lockAtMostFor = "PT30M")
    void scheduled() {
        try {
            checkIn();
            nudge();
            winBack();
        } catch (RuntimeException e) {
            log.warn("Check-in run failed: {}", e.getClass().getSimpleName());
        }
    }

    /** @return how many check-ins became due */
    public int checkIn() {
        Instant before = clock.instant().minus(CHECK_IN_AFTER);
        long after = 0;
        int due = 0;
        while (true) {
            long from = after;
            var batch = questionnaires.completedBefore(before, from, settings.batch());
            if (batch.isEmpty()) {
                return due;
            }
            Integer made = tx.execute(s -> {
                int count = 0;
                for (var q : batch) {
                    EmailPreference p = preferenceOf(q.memberId());
                    if (p.isUnsubscribed()
                            || Long.valueOf(q.assessmentId()).equals(p.getCheckedInFor())
                            || suspension.isSuspended(q.memberId())) {
                        continue;
                    }
                    var l = links.forMember(q.memberId());
                    events.publishEvent(new CheckInBecameDue(q.memberId(), q.assessmentId(), l.page(), l.oneClick()));
                    p.checkedIn(q.assessmentId());
                    count++;
                }
                return count;
            });
            due += made == null ? 0 : made;
            after = batch.getLast().memberId();
        }
    }

    /** @return how many nudges became due */
    public int nudge() {
        Instant idleSince = clock.instant().minus(NUDGE_AFTER);
        long after = 0;
        int due = 0;
        while (true) {
            long from = after;
            var batch = activity.running(from, settings.batch());
            if (batch.isEmpty()) {
                return due;
            }
            Integer made = tx.execute(s -> {
                int count = 0;
                for (var a : batch) {
                    if (a.lastActive().isAfter(idleSince)) {
                        continue;
                    }
                    EmailPreference p = preferenceOf(a.memberId());
                    if (p.isUnsubscribed() || a.lastActive().equals(p.getNudgedFor())) {
                        continue;
                    }
                    var l = links.forMember(a.memberId());
                    events.publishEvent(new NudgeBecameDue(a.memberId(), a.lastActive(), l.page(), l.oneClick()));
                    p.nudged(a.lastActive());
                    count++;
                }
                return count;
            });
            due += made == null ? 0 : made;
            after = batch.getLast().memberId();
        }
    }

    /** @return how many win-backs became due */
    public int winBack() {
        int due = 0;
        while (true) {
            var ids =
                    tx.execute(s -> preferences.findWinBacksDue(clock.instant(), PageRequest.of(0, settings.batch())));
            if (ids == null || ids.isEmpty()) {
                return due;
            }
            Integer made = tx.execute(s -> {
                int count = 0;
                for (EmailPreference p : preferences.findAllById(ids)) {
                    String subscription = p.getWinBackFor();
                    boolean send = subscription != null
                            && !p.isUnsubscribed()
                            && marketing.given(p.getMemberId())
                            && !premium.tierFor(p.getMemberId()).isPaid();
                    if (send) {
                        var l = links.forMember(p.getMemberId());
                        events.publishEvent(
                                new WinBackBecameDue(p.getMemberId(), subscription, l.page(), l.oneClick()));
                        count++;
                    }
                    p.winBackDone(send);
                }
                return count;
            });
            due += made == null ? 0 : made;
        }
    }

    private EmailPreference preferenceOf(long memberId) {
        return preferences
                .findByMemberId(memberId)
                .orElseGet(() -> preferences.save(new EmailPreference(memberId, clock.instant())));
    }
}
