package com.backinshape.portal.assessment;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.account.HealthConsent;
import com.backinshape.portal.assessment.domain.Assessment;
import com.backinshape.portal.assessment.domain.AssessmentRepository;
import com.backinshape.portal.assessment.domain.AssessmentStatus;
import com.backinshape.portal.base.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's questionnaire: start or resume, save each step (so leaving half way loses nothing), finish
 * with the {@link ClinicalRules}, and the member's confirmation of a clinician's check while a red flag holds the
 * programmes. A red flag ends the questionnaire as soon as its step is saved. Publishes {@link AssessmentCompleted}.
 * The results are read through {@link AssessmentResults}.
 */
@Service
public class AssessmentService {

    /** The questionnaire in progress: the step to show (0-based) and the answers so far. */
    public record Attempt(long assessmentId, int stepIndex, Map<String, List<String>> answers) {}

    /** After saving a step: the questionnaire finished (last step, or a red flag), or the step to show next. */
    public record StepOutcome(boolean finished, int nextStep) {}

    /**
     * Whether the member's programmes are suspended by an Emergency or Urgent answer.
     *
     * @param active suspended now
     * @param level the advice level of the questionnaire that suspended them
     * @param confirmedAt when the member confirmed that a doctor or physiotherapist checked it and said exercise is OK;
     *     null while not confirmed (the results page then offers it)
     */
    public record SafetyHold(
            boolean active,
            @Nullable AdviceLevel level,
            @Nullable Instant confirmedAt) {}

    private final AssessmentRepository assessments;
    private final CurrentMember currentMember;
    private final ClinicalRules rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SafetyHolds holds;
    private final Questionnaire questionnaire = Questionnaire.current();
    private final HealthConsent consent;

    AssessmentService(
            AssessmentRepository assessments,
            CurrentMember currentMember,
            ClinicalRules rules,
            Clock clock,
            ApplicationEventPublisher events,
            SafetyHolds holds,
            HealthConsent consent) {
        this.holds = holds;
        this.consent = consent;
        this.assessments = assessments;
        this.currentMember = currentMember;
        this.rules = rules;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the member's consent to the use of their health information stands (the questionnaire needs it). */
    @PreAuthorize("hasRole('MEMBER')")
    public boolean hasHealthConsent() {
        return consent.isGiven(currentMember.requireId());
    }

    /** Health answers are stored only with consent. */
    private void requireConsent(long memberId) {
        if (!consent.isGiven(memberId)) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM,
                    "You withdrew consent to the use of your "
                            + "health information. Give it again on your account page to answer the questionnaire.");
        }
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public Attempt startOrResume() {
        long memberId = currentMember.requireId();
        requireConsent(memberId);
        // an attempt begun on an earlier version of the questions is left behind: its answers don't fit these pages
        Assessment a = assessments
                .findFirstByMemberIdAndStatusOrderByStartedAtDescIdDesc(memberId, AssessmentStatus.IN_PROGRESS)
                .filter(inProgress -> inProgress.getQuestionnaireVersion() == questionnaire.version())
                .orElseGet(() -> assessments.save(new Assessment(memberId, questionnaire.version(), clock.instant())));
        return new Attempt(a.requireId(), a.getCurrentStep(), AnswersJson.readAnswers(a.getAnswersJson()));
    }

    /**
     * Saves the answers of step {@code stepIndex} and moves on; on the last step, or when the safety step shows a red
     * flag, finishes the questionnaire.
     *
     * @throws InvalidAnswersException naming each unanswered or out-of-range question; nothing is stored
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public StepOutcome saveStep(long assessmentId, int stepIndex, Map<String, List<String>> stepAnswers) {
        requireConsent(currentMember.requireId());
        Assessment a = ownInProgress(assessmentId, stepIndex);
        Map<String, List<String>> given = cleaned(stepAnswers);
        Map<String, List<String>> all = merged(a, stepIndex, given);
        RawAnswers.checkStep(questionnaire.steps().get(stepIndex), given, all, true);
        boolean last = stepIndex == questionnaire.steps().size() - 1;
        a.saveProgress(AnswersJson.write(all), last ? stepIndex : stepIndex + 1, clock.instant());
        boolean redFlag = stepIndex == 0
                && rules.checkRedFlags(RawAnswers.toAnswers(all).redFlags(), holds.clearedFacts(a.getMemberId()))
                        .any();
        if (last || redFlag) {
            finish(a, all);
            return new StepOutcome(true, stepIndex);
        }
        return new StepOutcome(false, stepIndex + 1);
    }

    /** Keeps what was chosen on step {@code stepIndex} (answered or not) and goes back one step. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public int stepBack(long assessmentId, int stepIndex, Map<String, List<String>> stepAnswers) {
        Assessment a = ownInProgress(assessmentId, stepIndex);
        Map<String, List<String>> given = cleaned(stepAnswers);
        Map<String, List<String>> all = merged(a, stepIndex, given);
        RawAnswers.checkStep(questionnaire.steps().get(stepIndex), given, all, false);
        int previous = Math.max(0, stepIndex - 1);
        a.saveProgress(AnswersJson.write(all), previous, clock.instant());
        return previous;
    }

    /**
     * Scores the questionnaire and stores the result. A clear result only lifts an earlier suspension when the member
     * confirmed a clinician's clearance after it (see {@link SafetyHolds}).
     */
    private void finish(Assessment a, Map<String, List<String>> all) {
        long memberId = a.getMemberId();
        SafetyHolds.Hold before = holds.hold(memberId);
        AssessmentResult result = rules.assess(RawAnswers.toAnswers(all), holds.clearedFacts(memberId));
        boolean programmeAllowed = result.programmeAllowed() && (!before.active() || before.clearedAt() != null);
        Instant now = clock.instant();
        a.complete(
                result.adviceLevel(),
                result.riskGroup(),
                result.hamstring(),
                result.recommendation().step(),
                programmeAllowed,
                result.recommendation().message(),
                AnswersJson.write(result.notes()),
                SafetyHolds.format(result.redFlags().present()),
                now);
        assessments.flush();
        events.publishEvent(new AssessmentCompleted(memberId, a.requireId(), now));
        if (result.adviceLevel() == AdviceLevel.EMERGENCY) {
            events.publishEvent(new EmergencyAnswerGiven(memberId, a.requireId(), now));
        }
    }

    /** Whether the member's programmes are suspended, and whether they have confirmed a clinician's clearance. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public SafetyHold safetyHold() {
        SafetyHolds.Hold hold = holds.hold(currentMember.requireId());
        return new SafetyHold(hold.active(), hold.level(), hold.clearedAt());
    }

    /**
     * The member confirms that a doctor or physiotherapist has checked the warning sign and said exercise is OK.
     * Recorded with its date (admins see it); the suspension lifts only once a later questionnaire also shows no
     * warning sign.
     *
     * @throws InvalidInputException when there is nothing to confirm
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void confirmClinicianClearance() {
        if (!holds.confirm(currentMember.requireId(), clock.instant())) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM,
                    "There's nothing to confirm: your programme isn't paused, or you've already confirmed this.");
        }
    }

    private Assessment ownInProgress(long assessmentId, int stepIndex) {
        long memberId = currentMember.requireId();
        Assessment a = assessments
                .findById(assessmentId)
                .filter(x -> x.getMemberId() == memberId)
                .orElseThrow(() -> new AccessDeniedException("Not your questionnaire"));
        if (a.getQuestionnaireVersion() != questionnaire.version()) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM,
                    "The questionnaire has been updated. Please open it again to start the new version.");
        }
        if (!a.isInProgress()) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM,
                    "This questionnaire is already finished. Start a new one to change your answers.");
        }
        if (stepIndex < 0
                || stepIndex > a.getCurrentStep()
                || stepIndex >= questionnaire.steps().size()) {
            throw InvalidInputException.of(InvalidInputException.FORM, "Please answer the questionnaire in order.");
        }
        return a;
    }

    private Map<String, List<String>> merged(Assessment a, int stepIndex, Map<String, List<String>> given) {
        var all = new LinkedHashMap<>(AnswersJson.readAnswers(a.getAnswersJson()));
        questionnaire.steps().get(stepIndex).questions().forEach(q -> all.remove(q.id()));
        all.putAll(given);
        return all;
    }

    /** The answers without blank values; a question with nothing left counts as unanswered. */
    private static Map<String, List<String>> cleaned(Map<String, List<String>> stepAnswers) {
        var given = new LinkedHashMap<String, List<String>>();
        stepAnswers.forEach((id, values) -> {
            List<String> kept = values == null
                    ? List.of()
                    : values.stream()
                            .filter(Objects::nonNull)
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .toList();
            if (id != null && !kept.isEmpty()) {
                given.put(id, kept);
            }
        });
        return given;
    }
}
