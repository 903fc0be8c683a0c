package com.backinshape.portal.programme;

import com.backinshape.portal.assessment.AssessmentResults;
import com.backinshape.portal.assessment.CompletedAssessments;
import com.backinshape.portal.assessment.InvalidAnswersException;
import com.backinshape.portal.assessment.ProgrammeHabits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The habits that shaped a member's programme: the daily-life conditions ({@link ProfileCondition}) the member has that
 * a programme rule applied for (e.g. "sitting-habits" adds the posture reset for long sitting).
 */
@Service
class HabitsFromRules implements ProgrammeHabits {

    private final AssessmentResults assessments;
    private final CompletedAssessments completed;
    private final FreeProgrammePlanner planner;
    private final ProgrammeRules rules;

    HabitsFromRules(
            AssessmentResults assessments,
            CompletedAssessments completed,
            FreeProgrammePlanner planner,
            ProgrammeRules rules) {
        this.assessments = assessments;
        this.completed = completed;
        this.planner = planner;
        this.rules = rules;
    }

    @Override
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String> ofLatestResult() {
        return assessments
                .latestResult()
                .flatMap(r -> completed.find(r.assessmentId()))
                .map(done -> {
                    if (!done.result().programmeAllowed()) {
                        return List.<String>of();
                    }
                    try {
                        Set<ProfileCondition> conditions = planner.conditions(done.result(), done.answers());
                        List<String> applied =
                                planner.plan(done.result(), done.answers()).appliedRules();
                        var habits = new ArrayList<String>();
                        for (ProfileCondition habit : List.of(
                                ProfileCondition.LONG_SITTING,
                                ProfileCondition.WORKS_FROM_HOME,
                                ProfileCondition.SLOUCHES_OFTEN)) {
                            boolean shaped = rules.rules().stream()
                                    .anyMatch(rule -> applied.contains(rule.id())
                                            && rule.when().contains(habit));
                            if (conditions.contains(habit) && shaped) {
                                habits.add(words(habit));
                            }
                        }
                        return List.copyOf(habits);
                    } catch (InvalidAnswersException olderQuestionnaire) {
                        return List.<String>of();
                    }
                })
                .orElse(List.of());
    }

    private String words(ProfileCondition habit) {
        return switch (habit) {
            case LONG_SITTING -> "You sit for " + rules.thresholds().longSittingHours() + " hours or more a day";
            case WORKS_FROM_HOME -> "You work from home";
            case SLOUCHES_OFTEN -> "You often slouch when you sit";
            default -> throw new IllegalArgumentException(habit + " is not a habit");
        };
    }
}
