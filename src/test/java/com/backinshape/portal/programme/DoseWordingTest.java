package com.backinshape.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoseWordingTest {

    @Test
    void a_held_stretch_on_each_side_reads_as_plain_english() {
        assertThat(DoseWording.describe(new Dose(30, 2, 1, 0, 2, 7, true)))
                .isEqualTo("Hold for 30 seconds, 2 times on each side, twice a day, every day.");
    }

    @Test
    void a_moving_exercise_in_sets_names_the_rest() {
        assertThat(DoseWording.describe(new Dose(0, 10, 2, 30, 1, 5, false)))
                .isEqualTo("10 times, 2 sets with 30 seconds' rest between them, once a day, 5 days a week.");
    }
}
