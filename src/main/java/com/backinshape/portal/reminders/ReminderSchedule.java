package com.backinshape.portal.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a reminder is due: on a chosen day (London date), once the chosen London time has come, and not twice on one
 * date. London's clock changes need no special case: in March a time in the skipped hour (01:30) is due from 02:00 BST;
 * in October the repeated hour does not repeat a reminder.
 */
final class ReminderSchedule {

    private ReminderSchedule() {}

    static boolean isDue(
            Set<DayOfWeek> days, LocalTime time, @Nullable LocalDate lastRemindedOn, ZonedDateTime nowInLondon) {
        LocalDate today = nowInLondon.toLocalDate();
        return days.contains(today.getDayOfWeek())
                && !nowInLondon.toLocalTime().isBefore(time)
                && (lastRemindedOn == null || lastRemindedOn.isBefore(today));
    }
}
