package com.backinshape.portal.programme.ui;

import com.backinshape.portal.programme.Exercise;
import com.vaadin.flow.component.Html;
import java.util.Map;
import java.util.Optional;

/**
 * A simple drawing of each exercise in the welcome page's style (a figure in thick rounded strokes on a pale card, a
 * ground line, props in a lighter tone, the moving part in orange), drawn on the server as inline SVG: no image files,
 * nothing copied.
 */
final class ExerciseDrawing {

    private static final String FIGURE = "#0f5c5c";
    private static final String PROP = "#9bbcb4";
    private static final String MOVE = "#b3471d";

    /** A pose: the figure's strokes ("d|width" each), its head, props and movement marks. */
    private record Pose(
            String description, double headX, double headY, String[] limbs, String[] props, String[] moves) {}

    private static Pose pose(String description, double headX, double headY, String limbs, String props, String moves) {
        return new Pose(description, headX, headY, split(limbs), split(props), split(moves));
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(";");
    }

    private static final String CHAIR = "M100 125 H150|6;M104 127 V165|5;M146 127 V165|5;M150 125 V72|6";
    private static final String LYING = "M58 155 L118 155|17;M66 161 L104 163|8";

    private static final Map<String, Pose> POSES = Map.ofEntries(
            Map.entry(
                    "standing-hip-hinge-hamstring-stretch",
                    pose(
                            "A person bending at the hips with a straight back, one heel forward, to stretch the back of the thigh",
                            156,
                            46,
                            "M95 98 L85 132 L92 163|13;M92 164 H108|8;M95 98 L135 162|13;M135 163 L144 150|8;"
                                    + "M95 98 L140 60|18;M140 60 L132 92 L121 119|8",
                            "",
                            "M96 133 q6 7 14 5|3;M84 87 L128 50|d")),
            Map.entry(
                    "lying-doorway-hamstring-stretch",
                    pose(
                            "A person lying on their back in a doorway, one leg resting up the door frame and the other flat on the floor",
                            46,
                            151,
                            LYING + ";M118 157 L190 160|13;M118 154 L141 80|13;M141 80 L150 74|8",
                            "M150 36 V167|7",
                            "M124 120 q-8 -6 -4 -16|3")),
            Map.entry(
                    "sitting-posture-reset",
                    pose(
                            "A person sitting tall on a chair, feet flat on the floor",
                            125,
                            50,
                            "M125 121 L125 68|17;M125 123 L86 123|13;M86 123 L86 162|13;M86 163 H72|8;"
                                    + "M125 78 L110 103 L94 110|8",
                            CHAIR,
                            "M138 62 V110|d")),
            Map.entry(
                    "knee-rocking",
                    pose(
                            "A person lying on their back with knees bent, rocking both knees gently from side to side",
                            46,
                            151,
                            LYING + ";M118 155 L150 118|13;M150 118 L176 160|13",
                            "",
                            "M130 100 q20 -16 40 0|3")),
            Map.entry(
                    "pelvic-tilts",
                    pose(
                            "A person lying on their back with knees bent, gently flattening the lower back to the floor",
                            46,
                            151,
                            LYING + ";M118 155 L150 118|13;M150 118 L176 160|13",
                            "",
                            "M88 143 q10 -10 20 0|3")),
            Map.entry(
                    "cat-camel",
                    pose(
                            "A person on hands and knees, gently rounding the back up and then letting it dip",
                            160,
                            110,
                            "M82 104 Q112 80 142 104|17;M82 106 L82 160|13;M82 161 L48 163|8;M142 106 L143 162|8",
                            "",
                            "M102 66 q10 -12 20 0|3")),
            Map.entry(
                    "glute-bridge",
                    pose(
                            "A person lying on their back with knees bent, lifting the hips into a bridge",
                            46,
                            151,
                            "M58 153 L116 122|17;M66 161 L104 163|8;M116 122 L152 126|13;M152 126 L156 162|13",
                            "",
                            "M116 110 V92|3")),
            Map.entry(
                    "bird-dog",
                    pose(
                            "A person on hands and knees, reaching one arm forward and the opposite leg back",
                            158,
                            96,
                            "M82 104 L142 104|17;M82 106 L82 160|13;M82 161 L52 163|8;M82 104 L34 98|13;"
                                    + "M142 106 L142 162|8;M142 102 L192 94|8",
                            "",
                            "")),
            Map.entry(
                    "dead-bug",
                    pose(
                            "A person lying on their back, arms up, slowly lowering one leg while the other stays bent",
                            46,
                            151,
                            "M58 155 L118 155|17;M72 150 L72 102|8;M82 150 L100 108|8;M118 153 L120 118|13;"
                                    + "M120 118 L156 118|13;M118 156 L190 140|13",
                            "",
                            "")),
            Map.entry(
                    "side-plank",
                    pose(
                            "A person in a side plank, resting on one forearm with the body in a straight line",
                            175,
                            98,
                            "M58 160 L114 137|13;M114 137 L160 114|17;M160 114 L165 160 L190 161|8",
                            "",
                            "M112 120 V100|3")),
            Map.entry(
                    "hip-hinge",
                    pose(
                            "A person standing and bending forward from the hips with a straight back",
                            168,
                            50,
                            "M118 98 L116 163|13;M116 164 H134|8;M118 98 L156 64|18;M155 66 L153 112|8",
                            "",
                            "M104 86 q-8 -14 4 -26|3")),
            Map.entry(
                    "loaded-hip-hinge",
                    pose(
                            "A person holding a weight and bending forward from the hips with a straight back",
                            168,
                            50,
                            "M118 98 L116 163|13;M116 164 H134|8;M118 98 L156 64|18;M155 66 L153 112|8",
                            "K153 122",
                            "M104 86 q-8 -14 4 -26|3")),
            Map.entry(
                    "split-squat",
                    pose(
                            "A person in a split squat, one foot forward, lowering the back knee towards the floor",
                            120,
                            36,
                            "M120 100 L120 52|17;M120 100 L150 126|13;M150 126 L150 162|13;M150 163 H164|8;"
                                    + "M120 100 L100 136 L78 158|13;M120 60 L120 96|8",
                            "",
                            "M96 150 V166|3")),
            Map.entry(
                    "hamstring-curl",
                    pose(
                            "A person lying face down, bending one knee to bring the heel towards the buttock",
                            46,
                            148,
                            "M58 156 L124 156|17;M124 157 L188 160|13;M124 155 L168 154|13;M168 154 L150 112|13",
                            "",
                            "M176 120 q-2 -16 -18 -22|3")));

    private ExerciseDrawing() {}

    /**
     * The drawing of {@code exercise}, when the library's exercise has one. Wrapped in a div so the browser parses the
     * SVG itself (as the charts do): a root {@code <svg>} would lose its case-sensitive {@code viewBox}.
     */
    static Optional<Html> of(Exercise exercise) {
        return Optional.ofNullable(POSES.get(exercise.id()))
                .map(p -> new Html("<div class=\"exercise-drawing-frame\">" + svg(exercise.id(), p) + "</div>"));
    }

    static boolean has(String exerciseId) {
        return POSES.containsKey(exerciseId);
    }

    private static String svg(String id, Pose pose) {
        var svg = new StringBuilder();
        svg.append("<svg class=\"exercise-drawing\" id=\"drawing-")
                .append(id)
                .append("\" viewBox=\"25 20 203 152\" width=\"203\" height=\"152\" role=\"img\" aria-label=\"")
                .append(pose.description())
                .append("\">")
                .append("<rect x=\"25\" y=\"20\" width=\"203\" height=\"152\" rx=\"14\" fill=\"#e6f1ee\"/>")
                .append("<line x1=\"36\" y1=\"167\" x2=\"217\" y2=\"167\" stroke=\"")
                .append(PROP)
                .append("\" stroke-width=\"3\" stroke-linecap=\"round\"/>");
        for (String prop : pose.props()) {
            if (prop.startsWith("K")) {
                String[] xy = prop.substring(1).split(" ");
                svg.append("<circle cx=\"")
                        .append(xy[0])
                        .append("\" cy=\"")
                        .append(xy[1])
                        .append("\" r=\"10\" fill=\"")
                        .append(PROP)
                        .append("\"/>");
            } else {
                svg.append(stroke(prop, PROP));
            }
        }
        svg.append("<g fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">");
        for (String limb : pose.limbs()) {
            svg.append(stroke(limb, FIGURE));
        }
        svg.append("</g>");
        svg.append(String.format(
                java.util.Locale.ROOT,
                "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"12\" fill=\"%s\"/>",
                pose.headX(),
                pose.headY(),
                FIGURE));
        for (String move : pose.moves()) {
            svg.append(stroke(move, MOVE));
        }
        return svg.append("</svg>").toString();
    }

    /** "d|width" as a path; width "d" draws a dotted line. */
    private static String stroke(String spec, String colour) {
        String[] parts = spec.split("\\|");
        boolean dotted = parts[1].equals("d");
        return "<path d=\"" + parts[0] + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\""
                + (dotted ? "3" : parts[1]) + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\""
                + (dotted ? " stroke-dasharray=\"2 7\"" : "") + "/>";
    }
}
