package com.backinshape.portal.assessment.ui;

import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaire;
import com.backinshape.portal.assessment.StartBackWording;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.backinshape.portal.base.ui.PageTop;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire as a wizard, rendered from {@link Questionnaire#current()}: one step per page, "Step N of M" with a
 * progress bar, answers saved by the service at every step so the member resumes where they left off.
 */
@Route("questionnaire")
@PageTitle("Questionnaire | Back in Shape")
@Menu(title = "Questionnaire", order = 10)
@PermitAll
public class QuestionnaireView extends Main implements BeforeEnterObserver {

    private final AssessmentService service;
    private final Questionnaire questionnaire = Questionnaire.current();
    private final Span stepIndicator = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Div stepBody = new Div();
    private final Forms.FormMessage message = new Forms.FormMessage();
    private final Button back = new Button("Back", e -> back());
    private final Button next = new Button("Next", e -> next());
    private final List<AnswerField> fields = new ArrayList<>();
    private long assessmentId;
    private int stepIndex;
    private Map<String, List<String>> answers = new LinkedHashMap<>();

    private final StartBackWording wording;

    public QuestionnaireView(AssessmentService service, StartBackWording wording) {
        this.service = service;
        this.wording = wording;
        addClassNames("portal-page", "narrow", "questionnaire");
        stepIndicator.setId("step-indicator");
        progress.setId("step-progress");
        progress.getElement().setAttribute("aria-label", "Questionnaire progress");
        back.setId("back");
        next.setId("next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.addClassName("wizard-button");
        next.addClassName("wizard-button");
        var disclaimer = new Paragraph(questionnaire.disclaimer());
        disclaimer.addClassNames("portal-small", "disclaimer");
        disclaimer.setId("disclaimer");
        var buttons = new Div(back, next);
        buttons.addClassName("wizard-buttons");
        add(
                new H1("Back-pain questionnaire"),
                new Div(stepIndicator, progress),
                message,
                stepBody,
                buttons,
                disclaimer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!service.hasHealthConsent()) {
            event.forwardTo("account"); // the account page offers to give consent again
            return;
        }
        AssessmentService.Attempt attempt = service.startOrResume();
        assessmentId = attempt.assessmentId();
        answers = new LinkedHashMap<>(attempt.answers());
        show(attempt.stepIndex());
    }

    private void show(int index) {
        stepIndex = index;
        int count = questionnaire.steps().size();
        Questionnaire.Step step = questionnaire.steps().get(index);
        stepIndicator.setText("Step " + (index + 1) + " of " + count);
        progress.setMin(0);
        progress.setMax(count);
        progress.setValue(index + 1);
        message.clear();
        stepBody.removeAll();
        fields.clear();
        var title = new H2(step.title());
        title.setId("step-title");
        stepBody.add(title);
        if (step.intro() != null) {
            stepBody.add(new Paragraph(step.intro()));
        }
        if ("hamstring-test".equals(step.id())) {
            stepBody.add(HamstringDrawing.create());
        }
        for (Questionnaire.Question q : step.questions()) {
            AnswerField field = AnswerField.of(wording.apply(q));
            field.setValue(answers);
            fields.add(field);
            stepBody.add(field.component);
        }
        if (step.credit() != null) {
            var credit = new Paragraph(wording.licence().orElse(step.credit()));
            credit.addClassName("portal-small");
            credit.setId("step-credit");
            stepBody.add(credit);
        }
        back.setVisible(index > 0);
        next.setText(index == count - 1 ? "See my results" : "Next");
    }

    /** A new step replaces the page's content: it opens at the top, with the focus on its title. */
    private void showStep(int index) {
        show(index);
        stepBody.getChildren().findFirst().ifPresent(PageTop::show);
    }

    private Map<String, List<String>> stepAnswers() {
        var given = new LinkedHashMap<String, List<String>>();
        fields.forEach(f -> given.put(f.question.id(), f.value()));
        return given;
    }

    private void remember(Map<String, List<String>> given) {
        fields.forEach(f -> answers.remove(f.question.id()));
        given.forEach((id, values) -> {
            if (!values.isEmpty()) {
                answers.put(id, values);
            }
        });
    }

    private void next() {
        Map<String, List<String>> given = stepAnswers();
        try {
            AssessmentService.StepOutcome outcome = service.saveStep(assessmentId, stepIndex, given);
            remember(given);
            if (outcome.finished()) {
                getUI().ifPresent(ui -> ui.navigate(ResultsView.class));
            } else {
                showStep(outcome.nextStep());
            }
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    private void back() {
        Map<String, List<String>> given = stepAnswers();
        try {
            int previous = service.stepBack(assessmentId, stepIndex, given);
            remember(given);
            showStep(previous);
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    private void showErrors(InvalidInputException e) {
        var byId = new LinkedHashMap<String, com.vaadin.flow.component.HasValidation>();
        fields.forEach(f -> byId.put(f.question.id(), f.validation));
        Forms.showErrors(e, byId, message);
        List<String> marked = fields.stream()
                .filter(f -> e.errors().containsKey(f.question.id()))
                .map(f -> "“" + f.question.text() + "”")
                .toList();
        if (!marked.isEmpty() && !e.errors().containsKey(InvalidInputException.FORM)) {
            message.error(
                    marked.size() == 1
                            ? "Please check this question: " + marked.getFirst()
                            : "Please check the " + marked.size() + " questions marked below.");
        }
    }
}
