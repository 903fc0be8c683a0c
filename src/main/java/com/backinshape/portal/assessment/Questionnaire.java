package com.backinshape.portal.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the questionnaire asks, as data the views render: steps, each with questions, each with its options. The wording
 * lives in {@code assessment/questionnaire-v2.json} (v1 is kept to show older answers), so licensed wording (e.g. of
 * the STarT Back items) can replace ours without touching code. Option values are the names of the answer enums
 * ({@link PainArea}, {@link LegRaise}, ...), or {@code YES}/{@code NO} and {@code AGREE}/{@code DISAGREE}.
 *
 * @param version the version of the wording, stored with each set of answers
 * @param disclaimer the short medical disclaimer shown on the questionnaire
 */
public record Questionnaire(int version, String disclaimer, List<Step> steps) {

    public static final String YEAR_OF_BIRTH = "year-of-birth";
    public static final String BACK_PAIN_NEW = "back-pain-new";
    public static final String PAIN_AREAS = "pain-areas";
    public static final String PAIN_DURATION = "pain-duration";
    public static final String PAIN_NOW = "pain-now";
    public static final String PAIN_WORST_WEEK = "pain-worst-week";
    public static final String SITTING_HOURS = "sitting-hours";
    public static final String WORKS_FROM_HOME = "works-from-home";
    public static final String SLOUCHES_OFTEN = "slouches-often";
    public static final String ACTIVITY_LEVEL = "activity-level";
    public static final String LEG_RAISE = "leg-raise";
    public static final String LEG_RAISE_PAIN_BELOW_KNEE = "leg-raise-pain-below-knee";
    public static final String GOALS = "goals";
    public static final String GOALS_NOTE = "goals-note";

    static final String RESOURCE = "/assessment/questionnaire-v2.json";
    static final String RESOURCE_V1 = "/assessment/questionnaire-v1.json";

    private static final Questionnaire CURRENT = load(RESOURCE);
    private static final Questionnaire V1 = load(RESOURCE_V1);

    public Questionnaire {
        steps = List.copyOf(steps);
    }

    /** The questionnaire members take now. */
    public static Questionnaire current() {
        return CURRENT;
    }

    /**
     * The questionnaire of the given version, so answers stored with an earlier version are shown with the questions
     * the member actually read (the current one for an unknown version).
     */
    public static Questionnaire ofVersion(int version) {
        return version == V1.version() ? V1 : CURRENT;
    }

    static Questionnaire load(String resource) {
        try (InputStream in = Questionnaire.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            // "optional" may be left out of a question, meaning false
            Questionnaire questionnaire = JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build()
                    .readValue(in, Questionnaire.class);
            if (questionnaire.version() < 1 || questionnaire.steps().isEmpty()) {
                throw new IllegalStateException(resource + " has no version or no steps");
            }
            return questionnaire;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every question, step by step. */
    public List<Question> questions() {
        return steps.stream().flatMap(step -> step.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * One page of the questionnaire.
     *
     * @param credit an attribution shown with the step (the STarT Back copyright), if any
     */
    public record Step(
            String id,
            String title,
            @Nullable String intro,
            @Nullable String credit,
            List<Question> questions) {

        public Step {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question.
     *
     * @param help a longer explanation under the question (e.g. how to do the leg-raise test)
     * @param min the lowest number accepted ({@link Type#SCALE} and {@link Type#NUMBER})
     * @param max the highest number accepted ({@link Type#SCALE} and {@link Type#NUMBER})
     * @param maxLength the most characters accepted ({@link Type#TEXT})
     * @param optional whether the question may be left unanswered
     */
    public record Question(
            String id,
            Type type,
            String text,
            @Nullable String help,
            @Nullable List<Option> options,
            @Nullable Integer min,
            @Nullable Integer max,
            @Nullable Integer maxLength,
            boolean optional) {

        public Question {
            options = options == null ? List.of() : List.copyOf(options);
        }

        @Override
        public List<Option> options() {
            return Objects.requireNonNull(options);
        }
    }

    /** How a question is answered. */
    public enum Type {
        /** One of the options YES / NO. */
        YES_NO,
        /** One of the options AGREE / DISAGREE. */
        AGREE_DISAGREE,
        /** Exactly one option. */
        SINGLE_CHOICE,
        /** Any number of options. */
        MULTI_CHOICE,
        /** A whole number from {@code min} to {@code max}, shown as a scale (pain 0–10). */
        SCALE,
        /** A whole number from {@code min} to {@code max}, typed in. */
        NUMBER,
        /** Free text of at most {@code maxLength} characters. */
        TEXT
    }

    /**
     * One answer to choose.
     *
     * @param value what is stored (an enum name)
     * @param description a plain-language explanation under the label, if any
     */
    public record Option(
            String value, String label, @Nullable String description) {}
}
