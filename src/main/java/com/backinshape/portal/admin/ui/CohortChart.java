package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.Retention.Cohort;
import com.backinshape.portal.base.TimeConfig;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The retention cohort chart, drawn on the server as SVG: a row per signup week, a column per week since signup, each
 * cell the share of that week's members who logged a session (darker is more).
 */
final class CohortChart {

    private static final int LEFT = 110;
    private static final int TOP = 28;
    private static final int CELL = 40;
    private static final int ROW = 26;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", TimeConfig.EN_GB);

    private CohortChart() {}

    static String svg(List<Cohort> cohorts) {
        int columns =
                cohorts.stream().mapToInt(c -> c.activeByWeek().size()).max().orElse(1);
        int width = LEFT + columns * CELL + 8;
        int height = TOP + Math.max(1, cohorts.size()) * ROW + 8;
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg id=\"retention-chart-svg\" viewBox=\"0 0 %d %d\" role=\"img\" width=\"100%%\" style=\"max-width:%dpx\" "
                        + "font-size=\"12\" fill=\"#4a5757\" aria-label=\"Members who logged a session, by signup week "
                        + "(rows) and weeks since signup (columns)\">",
                width,
                height,
                width));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"16\">Signup week</text>"));
        for (int w = 0; w < columns; w++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"16\" text-anchor=\"middle\">W%d</text>",
                    LEFT + w * CELL + CELL / 2,
                    w));
        }
        if (cohorts.isEmpty()) {
            svg.append(
                    String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">No signups in this period.</text>", TOP + 16));
        }
        for (int r = 0; r < cohorts.size(); r++) {
            Cohort c = cohorts.get(r);
            int y = TOP + r * ROW;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"4\" y=\"%d\">%s (%d)</text>",
                    y + 17,
                    SHORT.format(c.weekStarting()),
                    c.members()));
            for (int w = 0; w < c.activeByWeek().size(); w++) {
                int active = c.activeByWeek().get(w);
                double share = c.members() == 0 ? 0 : (double) active / c.members();
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"cell\" data-week=\"%s\" data-since=\"%d\" data-active=\"%d\" "
                                + "x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#0f5c5c\" fill-opacity=\"%.2f\" "
                                + "stroke=\"#d9e2e1\"><title>Joined week of %s, week %d: %d of %d active</title></rect>",
                        c.weekStarting(),
                        w,
                        active,
                        LEFT + w * CELL,
                        y,
                        CELL,
                        ROW,
                        0.08 + 0.92 * share,
                        TimeConfig.DATE.format(c.weekStarting()),
                        w,
                        active,
                        c.members()));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%.0f%%</text>",
                        LEFT + w * CELL + CELL / 2,
                        y + 17,
                        share > 0.5 ? "#ffffff" : "#1d2b2b",
                        share * 100));
            }
        }
        return svg.append("</svg>").toString();
    }
}
