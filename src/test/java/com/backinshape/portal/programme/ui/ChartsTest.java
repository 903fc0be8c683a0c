package com.backinshape.portal.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.programme.ProgrammeService.PainPoint;
import com.backinshape.portal.programme.ProgrammeService.WeekCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    static final Instant DAY_1 = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant DAY_8 = Instant.parse("2026-11-09T09:00:00Z");

    @Test
    void the_pain_chart_draws_a_point_per_session_higher_for_more_pain_and_a_marker_per_result() {
        String svg = Charts.pain(List.of(new PainPoint(DAY_1, 6), new PainPoint(DAY_8, 2)), List.of(DAY_1));

        assertThat(svg)
                .startsWith("<svg")
                .endsWith("</svg>")
                .contains("data-pain=\"6\"", "data-pain=\"2\"", "Questionnaire result, 2 November 2026")
                .contains("aria-label=\"Pain over time. Latest pain 2 out of 10 on 9 November 2026.\"");
        assertThat(cy(svg, "6")).isLessThan(cy(svg, "2"));
        assertThat(svg.split("class=\"result-marker\"", -1)).hasSize(2);
    }

    @Test
    void an_empty_pain_chart_says_so_and_never_prints_decimal_commas() {
        String svg = Charts.pain(List.of(), List.of());

        assertThat(svg)
                .contains("No sessions logged yet.")
                .doesNotContain("pain-point")
                .doesNotContainPattern("\\d,\\d\"");
    }

    @Test
    void the_weeks_chart_has_a_bar_per_week_with_its_count() {
        String svg = Charts.weeks(
                List.of(new WeekCount(LocalDate.of(2026, 11, 16), 0), new WeekCount(LocalDate.of(2026, 11, 23), 3)));

        assertThat(svg).contains("data-sessions=\"0\"", "data-sessions=\"3\"", "Week of 23 November 2026: 3 sessions");
    }

    @Test
    void each_weekly_bar_carries_its_count_and_an_empty_week_chart_says_why() {
        String svg = Charts.weeks(
                List.of(new WeekCount(LocalDate.of(2026, 11, 16), 2), new WeekCount(LocalDate.of(2026, 11, 23), 3)));

        assertThat(svg).contains(">2</text>", ">3</text>").doesNotContain("No sessions logged yet");
        assertThat(Charts.weeks(List.of(new WeekCount(LocalDate.of(2026, 11, 23), 0))))
                .contains(">No sessions logged yet</text>");
    }

    @Test
    void twelve_weeks_of_date_labels_keep_apart_and_read_at_twelve_pixels_on_a_phone() {
        var weeks = new java.util.ArrayList<WeekCount>();
        for (int i = 0; i < 12; i++) {
            weeks.add(new WeekCount(LocalDate.of(2026, 9, 7).plusWeeks(i), i % 4));
        }
        String svg = Charts.weeks(weeks);

        var m = java.util.regex.Pattern.compile("<text x=\"([0-9.]+)\" y=\"232.0\" text-anchor=\"(start|middle|end)\">")
                .matcher(svg);
        var centres = new java.util.ArrayList<Double>();
        while (m.find()) {
            centres.add(Double.parseDouble(m.group(1)));
        }
        centres.sort(Double::compare);
        assertThat(centres).hasSizeGreaterThan(1);
        for (int i = 1; i < centres.size(); i++) {
            assertThat(centres.get(i) - centres.get(i - 1))
                    .as("room for a \"28 Sept\" label")
                    .isGreaterThanOrEqualTo(5.2 * Charts.FONT);
        }
        // drawn at least 340 px wide on a 390 px phone (and at most 32rem): 600 units shrink by 340/600
        assertThat(Charts.FONT * 340.0 / Charts.WIDTH).isGreaterThanOrEqualTo(12);
    }

    private static double cy(String svg, String pain) {
        int at = svg.indexOf("data-pain=\"" + pain + "\"");
        int start = svg.indexOf("cy=\"", at) + 4;
        return Double.parseDouble(svg.substring(start, svg.indexOf('"', start)));
    }
}
