package com.backinshape.portal.programme.ui;

import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.programme.ProgrammeService.PainPoint;
import com.backinshape.portal.programme.ProgrammeService.WeekCount;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The progress charts as SVG drawn on the server (no chart library): pain over time and sessions per week. */
final class Charts {

    static final int WIDTH = 600;
    static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;
    /**
     * Labels in drawing units: the chart is drawn at most 32rem wide and at least about 340 px on a 390 px phone, so 22
     * units read at 12.5 px or more.
     */
    static final int FONT = 22;
    /** Room for one "28 Sept" label at {@link #FONT} and a gap. */
    private static final double LABEL_WIDTH = 116;

    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("d MMM", TimeConfig.EN_GB).withZone(TimeConfig.LONDON);

    private Charts() {}

    /** Pain 0–10 as a line over time, with a dashed marker at each questionnaire result. */
    static String pain(List<PainPoint> points, List<Instant> resultMarkers) {
        var times = new ArrayList<Instant>();
        points.forEach(p -> times.add(p.at()));
        times.addAll(resultMarkers);
        Instant from = times.stream().min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant to = times.stream().max(Instant::compareTo).orElse(Instant.EPOCH);
        if (Duration.between(from, to).compareTo(Duration.ofDays(1)) < 0) {
            from = from.minus(Duration.ofHours(12));
            to = to.plus(Duration.ofHours(12));
        }
        String latest = points.isEmpty()
                ? "No sessions logged yet."
                : "Latest pain " + points.getLast().pain() + " out of 10 on "
                        + TimeConfig.DATE.format(points.getLast().at()) + ".";
        var svg = new StringBuilder(open("pain-chart-svg", "Pain over time. " + latest));
        for (int level = 0; level <= 10; level += 2) {
            double y = y(level);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "grid"))
                    .append(text(LEFT - 8, y + 7, "end", String.valueOf(level)));
        }
        for (Instant marker : resultMarkers) {
            double x = x(marker, from, to);
            svg.append(f(
                    "<line class=\"result-marker\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b5651d\" stroke-dasharray=\"4 4\"><title>Questionnaire result, %s</title></line>",
                    x, TOP, x, HEIGHT - BOTTOM, TimeConfig.DATE.format(marker)));
        }
        if (!points.isEmpty()) {
            var path = new StringBuilder();
            for (PainPoint p : points) {
                path.append(f("%.1f,%.1f ", x(p.at(), from, to), y(p.pain())));
            }
            svg.append("<polyline class=\"pain-line\" fill=\"none\" stroke=\"#0f5c5c\" stroke-width=\"3\" points=\"")
                    .append(path.toString().strip())
                    .append("\"/>");
            for (PainPoint p : points) {
                svg.append(f(
                        "<circle class=\"pain-point\" data-pain=\"%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"#0f5c5c\"><title>%s: pain %d out of 10</title></circle>",
                        p.pain(), x(p.at(), from, to), y(p.pain()), TimeConfig.DATE_TIME.format(p.at()), p.pain()));
            }
        }
        String first = SHORT.format(from.plus(Duration.ofHours(12)));
        String last = SHORT.format(to.minus(Duration.ofHours(12)));
        if (first.equals(last)) {
            svg.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 8, "middle", first));
        } else {
            svg.append(text(LEFT, HEIGHT - 8, "start", first)).append(text(WIDTH - RIGHT, HEIGHT - 8, "end", last));
        }
        if (points.isEmpty()) {
            svg.append(emptyNote("No sessions logged yet"));
        }
        return svg.append("</svg>").toString();
    }

    /** Sessions done per week as bars, oldest week first. */
    static String weeks(List<WeekCount> weeks) {
        int max = Math.max(3, weeks.stream().mapToInt(WeekCount::sessions).max().orElse(0));
        String summary = weeks.isEmpty() ? "" : "This week: " + weeks.getLast().sessions() + " sessions.";
        var svg = new StringBuilder(open("weeks-chart-svg", "Sessions per week. " + summary));
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            WeekCount w = weeks.get(i);
            double h = (HEIGHT - TOP - BOTTOM) * w.sessions() / (double) max;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(f(
                    "<rect class=\"week-bar\" data-sessions=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#0f5c5c\"><title>Week of %s: %d sessions</title></rect>",
                    w.sessions(),
                    x,
                    HEIGHT - BOTTOM - h,
                    slot * 0.7,
                    h,
                    TimeConfig.DATE.format(w.weekStarting().atStartOfDay(TimeConfig.LONDON)),
                    w.sessions()));
            if (w.sessions() > 0) {
                svg.append(f(
                        "<text class=\"week-count\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#1f2a2a\">%d</text>",
                        x + slot * 0.35, HEIGHT - BOTTOM - h - 6, w.sessions()));
            }
        }
        // the latest week always, and going back every few weeks as long as the labels keep apart
        int every = Math.max(1, (int) Math.ceil(LABEL_WIDTH / slot));
        for (int i = weeks.size() - 1; i >= 0; i -= every) {
            double centre = LEFT + i * slot + slot * 0.5;
            double half = LABEL_WIDTH / 2;
            String anchor = centre + half > WIDTH ? "end" : centre - half < 0 ? "start" : "middle";
            double at = "end".equals(anchor) ? WIDTH - 2 : "start".equals(anchor) ? 2 : centre;
            svg.append(text(
                    at,
                    HEIGHT - 8,
                    anchor,
                    SHORT.format(weeks.get(i).weekStarting().atStartOfDay(TimeConfig.LONDON))));
        }
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "grid"));
        if (weeks.stream().allMatch(w -> w.sessions() == 0)) {
            svg.append(emptyNote("No sessions logged yet"));
        }
        return svg.append("</svg>").toString();
    }

    private static String open(String id, String label) {
        return f(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-size=\"%d\" fill=\"#4a5757\">",
                id, WIDTH, HEIGHT, escape(label), FONT);
    }

    /** Why an empty chart is empty, in its middle. */
    private static String emptyNote(String why) {
        return f(
                "<text class=\"empty-chart\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#1f2a2a\" font-size=\"%d\">%s</text>",
                (LEFT + WIDTH - RIGHT) / 2.0, (TOP + HEIGHT - BOTTOM) / 2.0, FONT, escape(why));
    }

    private static double x(Instant t, Instant from, Instant to) {
        double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        return LEFT + (WIDTH - LEFT - RIGHT) * (t.toEpochMilli() - from.toEpochMilli()) / span;
    }

    private static double y(int pain) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (10 - pain) / 10.0;
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3ddd3\"/>",
                cls,
                x1,
                y1,
                x2,
                y2);
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(s));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
