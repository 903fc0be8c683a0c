package com.backinshape.portal.assessment;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import com.backinshape.portal.assessment.domain.Assessment;
import com.backinshape.portal.assessment.domain.AssessmentRepository;
import com.backinshape.portal.assessment.domain.ClinicianClearanceRepository;
import com.backinshape.portal.base.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's questionnaires for clinic staff: special-category data, so only for admins and only with a reason (the
 * admin feature records it in its audit log before calling). Also erases them when the member is erased.
 */
@Service
public class HealthRecords {

    /** One answer as the member saw it: the question's text and the labels of what they chose. */
    public record Answer(String question, List<String> chosen) {}

    /**
     * One questionnaire: its result (when completed) and every answer.
     *
     * @param clinicianClearedAt when the member confirmed that a doctor or physiotherapist had checked this
     *     questionnaire's warning sign and said exercise is OK; null if not
     */
    public record HealthRecord(
            long assessmentId,
            Instant startedAt,
            @Nullable Instant completedAt,
            @Nullable AdviceLevel adviceLevel,
            @Nullable RiskGroup riskGroup,
            @Nullable String advice,
            List<Answer> answers,
            @Nullable Instant clinicianClearedAt) {}

    private final AssessmentRepository assessments;
    private final ClinicianClearanceRepository clearances;

    HealthRecords(AssessmentRepository assessments, ClinicianClearanceRepository clearances) {
        this.assessments = assessments;
        this.clearances = clearances;
    }

    /**
     * The member's questionnaires, newest first.
     *
     * @throws InvalidInputException "reason" when no reason is given
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<HealthRecord> forAdmin(long memberId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why you need to see this member's health answers.");
        }
        return all(memberId);
    }

    /** Every questionnaire of the member, newest first: for the member's own data file (run as the system). */
    List<HealthRecord> all(long memberId) {
        var clearedAt = new java.util.HashMap<Long, Instant>();
        clearances
                .findByMemberIdOrderByConfirmedAtDescIdDesc(memberId)
                .forEach(c -> clearedAt.putIfAbsent(c.getAssessmentId(), c.getConfirmedAt()));
        return assessments.findByMemberIdOrderByStartedAtDescIdDesc(memberId).stream()
                .map(a -> toRecord(a, clearedAt.get(a.requireId())))
                .toList();
    }

    /** Erasure, run as the system in the erasing transaction. */
    @EventListener
    void on(MemberErased e) {
        clearances.deleteByMember(e.memberId());
        assessments.deleteByMember(e.memberId());
    }

    private HealthRecord toRecord(Assessment a, @Nullable Instant clearedAt) {
        Questionnaire questionnaire = Questionnaire.ofVersion(a.getQuestionnaireVersion());
        var answers = new ArrayList<Answer>();
        for (Map.Entry<String, List<String>> given :
                AnswersJson.readAnswers(a.getAnswersJson()).entrySet()) {
            var question = questionnaire.question(given.getKey());
            List<String> labels = given.getValue().stream()
                    .map(v -> question.flatMap(q -> q.options().stream()
                                    .filter(o -> o.value().equals(v))
                                    .findFirst())
                            .map(Questionnaire.Option::label)
                            .orElse(v))
                    .toList();
            answers.add(new Answer(question.map(Questionnaire.Question::text).orElse(given.getKey()), labels));
        }
        return new HealthRecord(
                a.requireId(),
                a.getStartedAt(),
                a.getCompletedAt(),
                a.getAdviceLevel(),
                a.getRiskGroup(),
                a.getAdviceText(),
                answers,
                clearedAt);
    }
}
