package com.backinshape.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the strength plan the clinic signs off: hinge progression and volume steps. */
class StrengthPlanTest {

    private final StrengthPlan plan = StrengthPlan.current(ExerciseLibrary.current());

    private List<String> ids(int week) {
        return plan.week(week).exercises().stream()
                .map(StrengthPlan.Prescription::exercise)
                .toList();
    }

    @Test
    void week_4_keeps_the_unloaded_hinge_and_the_loaded_hinge_comes_only_after_two_weeks_of_it() {
        assertThat(ids(4)).contains("hip-hinge").doesNotContain("loaded-hip-hinge");
        assertThat(ids(3)).contains("hip-hinge");
        int firstLoaded = 1;
        while (!ids(firstLoaded).contains("loaded-hip-hinge")) {
            firstLoaded++;
        }
        assertThat(firstLoaded).isGreaterThan(2);
        assertThat(ids(firstLoaded - 1)).contains("hip-hinge");
        assertThat(ids(firstLoaded - 2)).contains("hip-hinge");
        assertThat(ids(5)).contains("loaded-hip-hinge");
    }

    @Test
    void week_to_week_volume_rises_by_at_most_30_percent() {
        for (int week = 2; week <= plan.totalWeeks(); week++) {
            assertThat(plan.volume(week)).as("week " + week).isLessThanOrEqualTo(plan.volume(week - 1) * 130 / 100);
        }
    }

    @Test
    void the_rules_carry_the_reviewed_numbers() {
        StrengthPlan.Rules rules = plan.rules();
        assertThat(rules.painAlwaysStepsBack()).isEqualTo(7);
        assertThat(rules.checkInWithinWeeks()).isEqualTo(12);
        assertThat(rules.stepBacksToPause()).isEqualTo(2);
        assertThat(rules.stepBackPauseDays()).isEqualTo(14);
        assertThat(rules.needClearanceWithNerveSignOrAcutePain())
                .containsExactlyInAnyOrder("hip-hinge", "loaded-hip-hinge", "hamstring-curl");
    }
}
