package com.backinshape.portal.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.assessment.ui.ResultsView;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ExerciseLibrary;
import com.backinshape.portal.programme.PlannedExercise;
import com.backinshape.portal.programme.PremiumTestBase;
import com.backinshape.portal.programme.ProgrammeService;
import com.backinshape.portal.programme.SafetyCue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /programme on a phone and /results without a browser: short cards, pictures, one "Stay safe" box. */
class ProgrammeViewTest extends PremiumTestBase {

    @Autowired
    ProgrammeService programme;

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** A member with tight hamstrings who sits 9 hours a day working from home. */
    private void sitterWithTightHamstrings() {
        unscreenedMember("Sita", Tier.FREE);
        Questionnaires.take(
                assessments,
                AnswersBuilder.answers()
                        .legRaise(LegRaise.UNDER_30_DEGREES)
                        .sittingHours(9)
                        .worksFromHome(true)
                        .build());
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void every_safety_cue_is_shown_exactly_once_and_the_tingling_warning_stays_on_each_stretch() {
        sitterWithTightHamstrings();
        navigate(ProgrammeView.class);
        List<PlannedExercise> exercises = programme.today().exercises();
        assertThat(exercises)
                .extracting(p -> p.exercise().id())
                .contains("standing-hip-hinge-hamstring-stretch", "sitting-posture-reset", "knee-rocking");

        String text = page();
        exercises.stream()
                .flatMap(p -> p.exercise().safetyCues().stream())
                .map(SafetyCue::text)
                .distinct()
                .forEach(cue -> {
                    long carriers = exercises.stream()
                            .filter(p -> p.exercise().safetyCues().stream()
                                    .anyMatch(c -> c.text().equals(cue)))
                            .count();
                    boolean onEachExercise = cue.startsWith("Stop and lower the leg");
                    assertThat(occurrences(text, cue)).as(cue).isEqualTo(onEachExercise ? (int) carriers : 1);
                });
        assertThat($(Div.class).all())
                .filteredOn(d -> d.getId().orElse("").equals("stay-safe"))
                .hasSize(1);
        String box = $(Div.class).id("stay-safe").getElement().getTextRecursively();
        assertThat(box)
                .contains("Stay safe")
                .contains("For every exercise")
                .contains("For the hamstring stretches")
                .contains("Stop if pain spreads")
                .doesNotContain("Stop and lower the leg");
        assertThat($(Div.class)
                        .id("exercise-standing-hip-hinge-hamstring-stretch")
                        .getElement()
                        .getTextRecursively())
                .contains("Stop and lower the leg")
                .doesNotContain("Stop if pain spreads");
    }

    @Test
    void each_exercise_has_a_drawing_a_larger_name_and_its_steps_behind_how_to_do_it() {
        sitterWithTightHamstrings();
        navigate(ProgrammeView.class);

        Anchor log = $(Anchor.class).id("to-session-log");
        assertThat(log.getText()).isEqualTo("Log this session");
        assertThat(log.getHref()).isEqualTo("#session-log");
        assertThat($(Div.class).id("session-log")).isNotNull();
        for (PlannedExercise planned : programme.today().exercises()) {
            var card = $(Div.class).id("exercise-" + planned.exercise().id());
            assertThat($(Html.class, card).all())
                    .singleElement()
                    .satisfies(svg -> assertThat(svg.getElement().getOuterHTML())
                            .contains("<svg")
                            .contains("aria-label"));
            assertThat($(H2.class, card).single().getText())
                    .isEqualTo(planned.exercise().name());
            Details how = $(Details.class, card).single();
            assertThat(how.getSummaryText()).isEqualTo("How to do it");
            assertThat(how.isOpened()).isFalse();
            assertThat(how.getElement().getTextRecursively())
                    .contains(planned.exercise().steps().getFirst());
        }
    }

    @Test
    void every_exercise_in_the_library_has_a_drawing() {
        assertThat(ExerciseLibrary.current().all())
                .allSatisfy(
                        e -> assertThat(ExerciseDrawing.has(e.id())).as(e.id()).isTrue());
    }

    @Test
    void the_results_name_the_habits_that_shaped_the_programme_and_point_to_it_truthfully() {
        sitterWithTightHamstrings();
        navigate(ResultsView.class);

        String habits = $(Div.class).id("habits").getElement().getTextRecursively();
        assertThat(habits)
                .contains("You sit for 6 hours or more a day")
                .contains("You work from home")
                .doesNotContain("slouch");
        assertThat(page()).doesNotContain("programme below").contains("See my programme");
    }

    @Test
    void a_member_who_sits_little_sees_no_habits_card() {
        signedInMember("Walker", Tier.FREE);
        navigate(ResultsView.class);

        assertThat($(Div.class).all()).noneMatch(d -> d.getId().orElse("").equals("habits"));
    }
}
