package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.DashboardReport.DayCount;
import com.backinshape.portal.base.TimeConfig;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signups per day as an SVG bar chart drawn on the server, one bar per day of the period. Every label sits inside the
 * drawing (the first date starts at the axis, the last one ends at the right edge), date labels are spaced so they
 * never overlap, and a period without signups says so.
 */
final class BarChart {

    static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 8;
    private static final int BOTTOM = 30;
    private static final int TOP = 12;
    /** Labels of 13 units: at least 12 px on the staff pages, which are wider than the drawing. */
    static final int FONT = 13;
    /** Room for one "28 Nov" label and a gap. */
    private static final double LABEL_WIDTH = 56;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", TimeConfig.EN_GB);

    private BarChart() {}

    static String signups(LocalDate from, LocalDate to, List<DayCount> days) {
        Map<LocalDate, Long> counts = new HashMap<>();
        days.forEach(d -> counts.put(d.day(), d.signups()));
        int n = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        long max = Math.max(1, days.stream().mapToLong(DayCount::signups).max().orElse(0));
        double slot = (WIDTH - LEFT - RIGHT) / (double) n;
        double plot = HEIGHT - TOP - BOTTOM;
        long total = days.stream().mapToLong(DayCount::signups).sum();
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg id=\"signups-chart-svg\" viewBox=\"0 0 %d %d\" role=\"img\" width=\"100%%\" font-size=\"%d\" "
                        + "fill=\"#4a5757\" aria-label=\"Signups per day: %d in total, at most %d on one day\">",
                WIDTH,
                HEIGHT,
                FONT,
                total,
                max));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                LEFT,
                HEIGHT - BOTTOM,
                WIDTH - RIGHT,
                HEIGHT - BOTTOM));
        svg.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>", LEFT - 6, TOP + FONT, max));
        svg.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", LEFT - 6, HEIGHT - BOTTOM));
        int every = Math.max(1, (int) Math.ceil(LABEL_WIDTH / slot));
        for (int i = 0; i < n; i++) {
            LocalDate day = from.plusDays(i);
            long c = counts.getOrDefault(day, 0L);
            double h = plot * c / max;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" data-day=\"%s\" data-signups=\"%d\" x=\"%.1f\" "
                            + "y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#0f5c5c\"><title>%s: %d</title></rect>",
                    day,
                    c,
                    x,
                    HEIGHT - BOTTOM - h,
                    slot * 0.7,
                    h,
                    TimeConfig.DATE.format(day),
                    c));
        }
        // the first and the last day always, and between them every few days with room for a label
        svg.append(label(LEFT, "start", from));
        if (n > 1) {
            svg.append(label(WIDTH - RIGHT, "end", to));
            for (int i = every; i < n - 1; i += every) {
                double centre = LEFT + i * slot + slot * 0.5;
                if (centre - LABEL_WIDTH / 2 > LEFT + LABEL_WIDTH
                        && centre + LABEL_WIDTH / 2 < WIDTH - RIGHT - LABEL_WIDTH) {
                    svg.append(label(centre, "middle", from.plusDays(i)));
                }
            }
        }
        if (total == 0) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"empty-chart\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                            + "font-size=\"%d\">No signups in this period</text>",
                    WIDTH / 2,
                    HEIGHT / 2,
                    FONT + 2));
        }
        return svg.append("</svg>").toString();
    }

    private static String label(double x, String anchor, LocalDate day) {
        return String.format(
                Locale.ROOT,
                "<text class=\"day-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                x,
                HEIGHT - 10,
                anchor,
                SHORT.format(day));
    }
}
