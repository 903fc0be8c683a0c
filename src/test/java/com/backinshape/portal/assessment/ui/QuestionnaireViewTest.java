package com.backinshape.portal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class QuestionnaireViewTest extends PortalTest {

    static final String[] RED_FLAGS = java.util.Arrays.stream(com.backinshape.portal.assessment.RedFlag.values())
            .map(com.backinshape.portal.assessment.RedFlag::questionId)
            .toArray(String[]::new);

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    com.backinshape.portal.assessment.AssessmentService assessments;

    @BeforeEach
    void signedIn() {
        long id = Members.verifiedMember(signup, events, "Wren", Members.uniqueEmail("wren"));
        Members.signIn(members, tx, id);
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> radios(String questionId) {
        return $(RadioButtonGroup.class).id("q-" + questionId);
    }

    @Test
    void the_first_step_says_step_1_of_6_with_a_progress_bar_and_the_disclaimer() {
        navigate(QuestionnaireView.class);

        assertThat($(Span.class).id("step-indicator").getText()).isEqualTo("Step 1 of 6");
        assertThat($(ProgressBar.class).id("step-progress").getValue()).isEqualTo(1);
        assertThat($(ProgressBar.class).id("step-progress").getMax()).isEqualTo(6);
        assertThat($(Button.class).all())
                .extracting(b -> b.getId().orElse(""))
                .contains("next")
                .doesNotContain("back");
        assertThat($(Button.class).id("next").getText()).isEqualTo("Next");
    }

    @Test
    void an_unanswered_question_stops_the_step_and_the_message_sits_next_to_it() {
        navigate(QuestionnaireView.class);
        for (String id : RED_FLAGS) {
            if (!id.equals("red-flag-both-legs")) {
                test(radios(id)).selectItem("No");
            }
        }
        ageAnswers();

        test($(Button.class).id("next")).click();

        assertThat($(Span.class).id("step-indicator").getText()).isEqualTo("Step 1 of 6");
        assertThat(radios("red-flag-both-legs").isInvalid()).isTrue();
        assertThat(radios("red-flag-both-legs").getErrorMessage()).isEqualTo("Answer yes or no.");
        assertThat(radios("red-flag-fever").isInvalid()).isFalse();
        assertThat($(com.backinshape.portal.base.ui.Forms.FormMessage.class)
                        .first()
                        .getText())
                .contains("in both of your legs");
    }

    @Test
    void a_complete_step_moves_on_and_coming_back_resumes_there_with_the_answers_filled_in() {
        navigate(QuestionnaireView.class);
        for (String id : RED_FLAGS) {
            test(radios(id)).selectItem("No");
        }
        ageAnswers();
        test($(Button.class).id("next")).click();
        assertThat($(Span.class).id("step-indicator").getText()).isEqualTo("Step 2 of 6");
        assertThat($(H2.class).id("step-title").getText()).isEqualTo("About your pain");
        test($(Button.class).id("back")).click();

        navigate(QuestionnaireView.class);

        assertThat($(Span.class).id("step-indicator").getText()).isEqualTo("Step 1 of 6");
        assertThat(radios("red-flag-bladder-bowel").getValue()).isEqualTo("NO");
    }

    @Test
    void the_pain_step_offers_a_0_to_10_select() {
        navigate(QuestionnaireView.class);
        for (String id : RED_FLAGS) {
            test(radios(id)).selectItem("No");
        }
        ageAnswers();
        test($(Button.class).id("next")).click();

        Select<?> painNow = $(Select.class).id("q-pain-now");
        assertThat(painNow.getLabel()).isEqualTo("How bad is your pain right now?");
        assertThat(painNow.getListDataView().getItemCount()).isEqualTo(11);
    }

    @Test
    void a_year_of_birth_under_18_is_refused_next_to_the_field_with_where_to_get_help() {
        navigate(QuestionnaireView.class);
        for (String id : RED_FLAGS) {
            test(radios(id)).selectItem("No");
        }
        test($(IntegerField.class).id("q-year-of-birth"))
                .setValue(java.time.Year.now(clock).getValue() - 15);
        test(radios("back-pain-new")).selectItem("Yes");

        test($(Button.class).id("next")).click();

        assertThat($(Span.class).id("step-indicator").getText()).isEqualTo("Step 1 of 6");
        assertThat($(IntegerField.class).id("q-year-of-birth").getErrorMessage())
                .contains("18 or over")
                .contains("111");
    }

    @Test
    void a_red_flag_leads_to_the_advice_even_with_the_year_of_birth_left_empty() {
        navigate(QuestionnaireView.class);
        for (String id : RED_FLAGS) {
            test(radios(id)).selectItem(id.equals("red-flag-both-legs") ? "Yes" : "No");
        }

        test($(Button.class).id("next")).click();

        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
        assertThat($(H1.class).id("results-heading").getText()).isEqualTo("Go to A&E now");
        assertThat($(Anchor.class).id("call-999").getHref()).isEqualTo("tel:999");
    }

    @Test
    void the_results_page_speaks_of_the_risk_of_a_slow_recovery_and_never_names_the_tool_without_a_licence() {
        com.backinshape.portal.assessment.Questionnaires.take(
                assessments,
                com.backinshape.portal.assessment.AnswersBuilder.answers().build());

        navigate(ResultsView.class);

        assertThat($(com.vaadin.flow.component.html.H2.class).id("risk-group").getText())
                .isEqualTo("Lower risk of a slow recovery");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("STarT");
    }

    private void ageAnswers() {
        test($(IntegerField.class).id("q-year-of-birth")).setValue(1985);
        test(radios("back-pain-new")).selectItem("No");
    }
}
