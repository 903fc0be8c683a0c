package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.Questionnaire.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Test helper: answers as the wizard sends them, step by step, and a whole questionnaire taken through the service. */
public final class Questionnaires {

    private Questionnaires() {}

    /** The raw answers of every question, keyed by question id, as the wizard would send them. */
    public static Map<String, List<String>> raw(AssessmentAnswers a) {
        var raw = new LinkedHashMap<String, List<String>>();
        for (RedFlag flag : RedFlag.values()) {
            put(raw, flag.questionId(), a.redFlags().answer(flag), b -> b ? "YES" : "NO");
        }
        put(raw, YEAR_OF_BIRTH, a.redFlags().yearOfBirth(), String::valueOf);
        put(raw, BACK_PAIN_NEW, a.redFlags().newBackPain(), b -> b ? "YES" : "NO");
        raw.put(PAIN_AREAS, a.pain().areas().stream().map(Enum::name).sorted().toList());
        put(raw, PAIN_DURATION, a.pain().duration(), Enum::name);
        put(raw, PAIN_NOW, a.pain().painNow(), String::valueOf);
        put(raw, PAIN_WORST_WEEK, a.pain().worstThisWeek(), String::valueOf);
        for (int item = 1; item <= StartBackAnswers.AGREE_ITEMS; item++) {
            put(raw, StartBackAnswers.questionId(item), a.startBack().item(item), b -> b ? "AGREE" : "DISAGREE");
        }
        put(raw, StartBackAnswers.questionId(9), a.startBack().bothersomeness(), Enum::name);
        put(raw, SITTING_HOURS, a.dailyLife().sittingHoursPerDay(), String::valueOf);
        put(raw, WORKS_FROM_HOME, a.dailyLife().worksFromHome(), b -> b ? "YES" : "NO");
        put(raw, SLOUCHES_OFTEN, a.dailyLife().slouchesOften(), b -> b ? "YES" : "NO");
        put(raw, ACTIVITY_LEVEL, a.dailyLife().activity(), Enum::name);
        put(raw, LEG_RAISE, a.hamstringTest().legRaise(), Enum::name);
        put(raw, LEG_RAISE_PAIN_BELOW_KNEE, a.hamstringTest().painBelowKnee(), b -> b ? "YES" : "NO");
        raw.put(GOALS, a.goals().chosen().stream().map(Enum::name).sorted().toList());
        put(raw, GOALS_NOTE, a.goals().note(), s -> s);
        return raw;
    }

    /** The raw answers of step {@code index} only. */
    public static Map<String, List<String>> step(AssessmentAnswers a, int index) {
        Map<String, List<String>> raw = raw(a);
        var step = new LinkedHashMap<String, List<String>>();
        Questionnaire.current().steps().get(index).questions().forEach(q -> {
            if (raw.containsKey(q.id())) {
                step.put(q.id(), raw.get(q.id()));
            }
        });
        return step;
    }

    /** Takes the whole questionnaire as the signed-in member, step by step; answers the last outcome. */
    public static AssessmentService.StepOutcome take(AssessmentService service, AssessmentAnswers answers) {
        AssessmentService.Attempt attempt = service.startOrResume();
        AssessmentService.StepOutcome outcome = null;
        for (int i = attempt.stepIndex(); i < Questionnaire.current().steps().size(); i++) {
            outcome = service.saveStep(attempt.assessmentId(), i, step(answers, i));
            if (outcome.finished()) {
                return outcome;
            }
        }
        throw new AssertionError("The questionnaire did not finish");
    }

    /** Replaces the answer of one question in a step's answers. */
    public static Map<String, List<String>> with(Map<String, List<String>> stepAnswers, String id, String... values) {
        var copy = new LinkedHashMap<>(stepAnswers);
        if (values.length == 0) {
            copy.remove(id);
        } else {
            copy.put(id, new ArrayList<>(List.of(values)));
        }
        return copy;
    }

    private static <T> void put(Map<String, List<String>> raw, String id, @Nullable T value, Function<T, String> f) {
        if (value != null) {
            raw.put(id, List.of(f.apply(value)));
        }
    }
}
