package com.backinshape.portal.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.admin.DashboardReport.DayCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's signups chart: date labels inside the drawing and apart from each other. */
class BarChartTest {

    private static final Pattern LABEL = Pattern.compile(
            "<text class=\"day-label\" x=\"([0-9.]+)\" y=\"[0-9]+\" text-anchor=\"(start|middle|end)\">([^<]+)</text>");
    private static final double LABEL_WIDTH = 50; // "28 Nov" at 13 units is under 50 units wide

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 14, 30, 90, 365})
    void date_labels_stay_inside_the_chart_and_never_overlap(int days) {
        LocalDate from = LocalDate.of(2026, 10, 1);
        String svg = BarChart.signups(from, from.plusDays(days - 1), List.of(new DayCount(from, 3)));

        var spans = new ArrayList<double[]>();
        var m = LABEL.matcher(svg);
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double start = switch (m.group(2)) {
                case "start" -> x;
                case "end" -> x - LABEL_WIDTH;
                default -> x - LABEL_WIDTH / 2;
            };
            spans.add(new double[] {start, start + LABEL_WIDTH});
        }
        assertThat(spans).isNotEmpty();
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < spans.size(); i++) {
            assertThat(spans.get(i)[0]).isGreaterThanOrEqualTo(0);
            assertThat(spans.get(i)[1]).isLessThanOrEqualTo(BarChart.WIDTH);
            if (i > 0) {
                assertThat(spans.get(i)[0])
                        .as("label %d starts after the one before ends", i)
                        .isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
            }
        }
        assertThat(svg).contains("font-size=\"" + BarChart.FONT + "\"");
        assertThat(BarChart.FONT).isGreaterThanOrEqualTo(12);
    }

    @Test
    void a_period_without_signups_says_so() {
        LocalDate from = LocalDate.of(2026, 10, 1);

        assertThat(BarChart.signups(from, from.plusDays(29), List.of())).contains("No signups in this period");
        assertThat(BarChart.signups(from, from.plusDays(29), List.of(new DayCount(from, 1))))
                .doesNotContain("No signups in this period");
    }
}
