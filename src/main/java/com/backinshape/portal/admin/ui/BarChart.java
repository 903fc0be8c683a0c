package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.DashboardReport.DayCount;
import com.backinshape.portal.base.TimeConfig;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Signups per day as an SVG bar chart drawn on the server, one bar per day of the period. */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 36;
    private static final int BOTTOM = 28;
    private static final int TOP = 10;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", TimeConfig.EN_GB);

    private BarChart() {
    }

    static String signups(LocalDate from, LocalDate to, List<DayCount> days) {
        Map<LocalDate, Long> counts = new HashMap<>();
        days.forEach(d -> counts.put(d.day(), d.signups()));
        int n = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        long max = Math.max(1, days.stream().mapToLong(DayCount::signups).max().orElse(0));
        double slot = (WIDTH - LEFT - 8.0) / n;
        double plot = HEIGHT - TOP - BOTTOM;
        long total = days.stream().mapToLong(DayCount::signups).sum();
        var svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"signups-chart-svg\" viewBox=\"0 0 %d %d\" role=\"img\" width=\"100%%\" "
                        + "aria-label=\"Signups per day: %d in total, at most %d on one day\">", WIDTH, HEIGHT, total, max));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                LEFT, HEIGHT - BOTTOM, WIDTH - 8, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%d</text>",
                LEFT - 4, TOP + 10, max));
        for (int i = 0; i < n; i++) {
            LocalDate day = from.plusDays(i);
            long c = counts.getOrDefault(day, 0L);
            double h = plot * c / max;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-day=\"%s\" data-signups=\"%d\" x=\"%.1f\" "
                            + "y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#0f5c5c\"><title>%s: %d</title></rect>",
                    day, c, x, HEIGHT - BOTTOM - h, slot * 0.7, h, TimeConfig.DATE.format(day), c));
            if (i == 0 || i == n - 1 || n <= 14) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>",
                        x + slot * 0.35, HEIGHT - 8, SHORT.format(day)));
            }
        }
        return svg.append("</svg>").toString();
    }
}
