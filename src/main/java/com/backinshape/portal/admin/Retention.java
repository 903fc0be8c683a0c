package com.backinshape.portal.admin;

import com.backinshape.portal.account.SignupCohorts;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.notification.ReminderFigures;
import com.backinshape.portal.programme.ProgrammeActivity;
import com.backinshape.portal.reminders.UnsubscribeFigures;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's retention view: of the members who joined in each week (Monday to Sunday, London) of the period, how
 * many logged a session in each week since; plus programme reminders sent and members who unsubscribed in the period.
 * Counts only, nothing about any one member.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Retention {

    /** One signup week: its size and, per week since signup (0 = the signup week), how many were active. */
    public record Cohort(LocalDate weekStarting, int members, List<Integer> activeByWeek) {}

    public record RetentionReport(List<Cohort> cohorts, long remindersSent, long unsubscribes) {}

    private final SignupCohorts signups;
    private final ProgrammeActivity activity;
    private final ReminderFigures reminders;
    private final UnsubscribeFigures unsubscribes;
    private final Clock clock;

    Retention(
            SignupCohorts signups,
            ProgrammeActivity activity,
            ReminderFigures reminders,
            UnsubscribeFigures unsubscribes,
            Clock clock) {
        this.signups = signups;
        this.activity = activity;
        this.reminders = reminders;
        this.unsubscribes = unsubscribes;
        this.clock = clock;
    }

    /** For the London days {@code from} to {@code to}, inclusive (the dashboard's period, already checked). */
    @Transactional(readOnly = true)
    public RetentionReport report(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(TimeConfig.LONDON).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TimeConfig.LONDON).toInstant();
        LocalDate firstWeek = monday(from);
        LocalDate thisWeek = monday(LocalDate.now(clock.withZone(TimeConfig.LONDON)));
        Instant cohortStart = firstWeek.atStartOfDay(TimeConfig.LONDON).toInstant();

        Map<Long, LocalDate> weekOf = new HashMap<>();
        Map<LocalDate, Integer> sizes = new TreeMap<>();
        signups.joinedBetween(cohortStart, end).forEach(j -> {
            LocalDate week = monday(LocalDate.ofInstant(j.at(), TimeConfig.LONDON));
            weekOf.put(j.memberId(), week);
            sizes.merge(week, 1, Integer::sum);
        });
        Map<LocalDate, Map<Integer, Set<Long>>> active = new HashMap<>();
        for (var s : activity.sessionsSince(cohortStart)) {
            LocalDate cohort = weekOf.get(s.memberId());
            if (cohort == null) {
                continue;
            }
            int since = (int)
                    ChronoUnit.WEEKS.between(cohort, monday(LocalDate.ofInstant(s.loggedAt(), TimeConfig.LONDON)));
            active.computeIfAbsent(cohort, c -> new HashMap<>())
                    .computeIfAbsent(since, w -> new HashSet<>())
                    .add(s.memberId());
        }
        List<Cohort> cohorts = new ArrayList<>();
        sizes.forEach((week, size) -> {
            int weeks = (int) ChronoUnit.WEEKS.between(week, thisWeek) + 1;
            List<Integer> counts = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                counts.add(active.getOrDefault(week, Map.of())
                        .getOrDefault(w, Set.of())
                        .size());
            }
            cohorts.add(new Cohort(week, size, counts));
        });
        return new RetentionReport(
                cohorts, reminders.remindersSent(start, end), unsubscribes.unsubscribedBetween(start, end));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
