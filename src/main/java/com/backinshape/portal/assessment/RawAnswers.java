package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.Questionnaire.*;

import com.backinshape.portal.base.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers as the wizard sends them and the database keeps them: question id to the chosen values (option values, a
 * number as text, or free text). Checks one step's answers against the {@link Questionnaire} and turns the whole map
 * into {@link AssessmentAnswers} for the rules.
 */
final class RawAnswers {

    static final String REQUIRED = "Please answer this question.";

    private RawAnswers() {}

    /**
     * Checks the answers of one step: no unknown question, every value an option or in range, every required question
     * answered (when {@code requireAll}), then the rules' own cross-checks (e.g. worst pain not below pain now) for the
     * questions of this step.
     *
     * @throws InvalidAnswersException one message per question, keyed by question id
     */
    static void checkStep(
            Questionnaire.Step step,
            Map<String, List<String>> stepAnswers,
            Map<String, List<String>> all,
            boolean requireAll) {
        var errors = new LinkedHashMap<String, String>();
        Set<String> ids = new HashSet<>();
        step.questions().forEach(q -> ids.add(q.id()));
        for (String id : stepAnswers.keySet()) {
            if (!ids.contains(id)) {
                errors.put(InvalidInputException.FORM, "The answers don't match this page of the questionnaire.");
            }
        }
        for (Questionnaire.Question q : step.questions()) {
            List<String> values = stepAnswers.getOrDefault(q.id(), List.of());
            if (values.isEmpty()) {
                if (requireAll && !q.optional()) {
                    errors.put(
                            q.id(),
                            switch (q.type()) {
                                case MULTI_CHOICE -> "Choose at least one answer.";
                                case YES_NO -> "Answer yes or no.";
                                case AGREE_DISAGREE -> "Choose agree or disagree.";
                                default -> REQUIRED;
                            });
                }
                continue;
            }
            String problem = formatProblem(q, values);
            if (problem != null) {
                errors.put(q.id(), problem);
            }
        }
        if (anyRedFlag(stepAnswers)) {
            // a "yes" to a red flag is acted on at once: a missing or mistyped year of birth can't hold it up
            errors.remove(YEAR_OF_BIRTH);
            errors.remove(BACK_PAIN_NEW);
        }
        if (errors.isEmpty() && requireAll) {
            try {
                ClinicalRules.validate(toAnswers(all));
            } catch (InvalidAnswersException e) {
                e.errors().forEach((id, message) -> {
                    if (ids.contains(id)) {
                        errors.put(id, message);
                    }
                });
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
    }

    private static boolean anyRedFlag(Map<String, List<String>> stepAnswers) {
        for (RedFlag flag : RedFlag.values()) {
            if (stepAnswers.getOrDefault(flag.questionId(), List.of()).contains("YES")) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String formatProblem(Questionnaire.Question q, List<String> values) {
        if (q.type() != Type.MULTI_CHOICE && values.size() > 1) {
            return "Choose only one answer.";
        }
        return switch (q.type()) {
            case YES_NO, AGREE_DISAGREE, SINGLE_CHOICE, MULTI_CHOICE -> {
                Set<String> options = new HashSet<>();
                q.options().forEach(o -> options.add(o.value()));
                boolean known = options.containsAll(values) && new HashSet<>(values).size() == values.size();
                yield known ? null : "Choose from the answers shown.";
            }
            case SCALE, NUMBER -> {
                Integer n = number(values.getFirst());
                int min = q.min() == null ? 0 : q.min();
                int max = q.max() == null ? Integer.MAX_VALUE : q.max();
                yield n != null && n >= min && n <= max
                        ? null
                        : "Enter a whole number from " + min + " to " + max + ".";
            }
            case TEXT ->
                q.maxLength() != null && values.getFirst().length() > q.maxLength()
                        ? "Please keep this to " + q.maxLength() + " characters or fewer."
                        : null;
        };
    }

    /** The answers for the rules; anything unanswered or unreadable is left empty. */
    static AssessmentAnswers toAnswers(Map<String, List<String>> raw) {
        var flags = new EnumMap<RedFlag, Boolean>(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            Boolean yes = yesNo(raw, flag.questionId(), "YES", "NO");
            if (yes != null) {
                flags.put(flag, yes);
            }
        }
        var agree = new ArrayList<@Nullable Boolean>();
        for (int item = 1; item <= StartBackAnswers.AGREE_ITEMS; item++) {
            agree.add(yesNo(raw, StartBackAnswers.questionId(item), "AGREE", "DISAGREE"));
        }
        var pain = new PainAnswers(
                enums(raw, PAIN_AREAS, PainArea.class),
                one(raw, PAIN_DURATION, PainDuration.class),
                number(raw, PAIN_NOW),
                number(raw, PAIN_WORST_WEEK));
        var startBack = new StartBackAnswers(agree, one(raw, StartBackAnswers.questionId(9), Bothersomeness.class));
        var life = new DailyLife(
                number(raw, SITTING_HOURS),
                yesNo(raw, WORKS_FROM_HOME, "YES", "NO"),
                yesNo(raw, SLOUCHES_OFTEN, "YES", "NO"),
                one(raw, ACTIVITY_LEVEL, ActivityLevel.class));
        var hamstring = new HamstringTest(
                one(raw, LEG_RAISE, LegRaise.class), yesNo(raw, LEG_RAISE_PAIN_BELOW_KNEE, "YES", "NO"));
        String note = first(raw, GOALS_NOTE);
        var goals = new Goals(enums(raw, GOALS, Goal.class), note == null || note.isBlank() ? null : note);
        var safety = new RedFlagAnswers(flags, number(raw, YEAR_OF_BIRTH), yesNo(raw, BACK_PAIN_NEW, "YES", "NO"));
        return new AssessmentAnswers(safety, pain, startBack, life, hamstring, goals);
    }

    private static @Nullable String first(Map<String, List<String>> raw, String id) {
        List<String> values = raw.get(id);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable Boolean yesNo(Map<String, List<String>> raw, String id, String yes, String no) {
        String value = first(raw, id);
        return yes.equals(value) ? Boolean.TRUE : no.equals(value) ? Boolean.FALSE : null;
    }

    private static @Nullable Integer number(Map<String, List<String>> raw, String id) {
        String value = first(raw, id);
        return value == null ? null : number(value);
    }

    private static @Nullable Integer number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E one(Map<String, List<String>> raw, String id, Class<E> type) {
        String value = first(raw, id);
        return value == null ? null : parse(value, type);
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> raw, String id, Class<E> type) {
        var set = EnumSet.noneOf(type);
        for (String value : raw.getOrDefault(id, List.of())) {
            E e = parse(value, type);
            if (e != null) {
                set.add(e);
            }
        }
        return set;
    }

    private static <E extends Enum<E>> @Nullable E parse(String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
