package com.backinshape.portal.assessment;

import com.backinshape.portal.assessment.domain.Assessment;
import com.backinshape.portal.assessment.domain.AssessmentRepository;
import com.backinshape.portal.assessment.domain.AssessmentStatus;
import com.backinshape.portal.assessment.domain.ClinicianClearance;
import com.backinshape.portal.assessment.domain.ClinicianClearanceRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The suspension that an Emergency or Urgent answer puts on every programme, worked out from the member's completed
 * questionnaires and clinician's clearances (rules in {@code docs/clinical-rules.md}): it lasts until the member has
 * confirmed that a doctor or physiotherapist checked it and said exercise is OK, <em>and</em> after that completed a
 * questionnaire with no warning sign. Runs inside the callers' transactions; never reachable from a view.
 */
@Component
class SafetyHolds {

    /**
     * @param active whether programmes are suspended
     * @param flaggedAssessment the latest questionnaire with an Emergency or Urgent answer, if any
     * @param level its advice level
     * @param clearedAt when the member confirmed a clinician's clearance after it, if they did
     */
    record Hold(
            boolean active,
            @Nullable Assessment flaggedAssessment,
            @Nullable AdviceLevel level,
            @Nullable Instant clearedAt) {

        static final Hold NONE = new Hold(false, null, null, null);
    }

    private final AssessmentRepository assessments;
    private final ClinicianClearanceRepository clearances;

    SafetyHolds(AssessmentRepository assessments, ClinicianClearanceRepository clearances) {
        this.assessments = assessments;
        this.clearances = clearances;
    }

    Hold hold(long memberId) {
        List<Assessment> completed =
                assessments.findByMemberIdAndStatusOrderByCompletedAtDescIdDesc(memberId, AssessmentStatus.COMPLETED);
        Optional<Assessment> flagged =
                completed.stream().filter(Assessment::isSuspending).findFirst();
        if (flagged.isEmpty()) {
            return Hold.NONE;
        }
        Assessment f = flagged.get();
        Instant flaggedAt = Objects.requireNonNull(f.getCompletedAt());
        Optional<ClinicianClearance> clearance = clearances
                .findFirstByMemberIdOrderByConfirmedAtDescIdDesc(memberId)
                .filter(c -> !c.getConfirmedAt().isBefore(flaggedAt));
        if (clearance.isEmpty()) {
            return new Hold(true, f, f.getAdviceLevel(), null);
        }
        Instant clearedAt = clearance.get().getConfirmedAt();
        boolean clearSince = completed.stream()
                .anyMatch(a -> !a.isSuspending()
                        && !Objects.requireNonNull(a.getCompletedAt()).isBefore(clearedAt)
                        && !a.equals(f));
        return new Hold(!clearSince, f, f.getAdviceLevel(), clearedAt);
    }

    /** The lifelong facts a clinician has cleared for this member, for good. */
    Set<RedFlag> clearedFacts(long memberId) {
        var facts = EnumSet.noneOf(RedFlag.class);
        clearances
                .findByMemberIdOrderByConfirmedAtDescIdDesc(memberId)
                .forEach(c -> facts.addAll(parse(c.getClearedFacts())));
        return facts;
    }

    /**
     * Records the member's confirmation that a clinician has checked the warning sign, covering the lifelong facts
     * answered yes since the previous confirmation.
     *
     * @return false when there is nothing to confirm (no suspension, or already confirmed)
     */
    boolean confirm(long memberId, Instant now) {
        Hold hold = hold(memberId);
        if (!hold.active() || hold.clearedAt() != null) {
            return false;
        }
        Instant previous = clearances
                .findFirstByMemberIdOrderByConfirmedAtDescIdDesc(memberId)
                .map(ClinicianClearance::getConfirmedAt)
                .orElse(Instant.EPOCH);
        var facts = EnumSet.noneOf(RedFlag.class);
        assessments.findByMemberIdAndStatusOrderByCompletedAtDescIdDesc(memberId, AssessmentStatus.COMPLETED).stream()
                .filter(a -> a.isSuspending()
                        && !Objects.requireNonNull(a.getCompletedAt()).isBefore(previous))
                .forEach(a -> facts.addAll(parse(a.getRedFlags())));
        facts.retainAll(ClinicalRules.LIFELONG_FACTS);
        clearances.save(new ClinicianClearance(
                memberId, Objects.requireNonNull(hold.flaggedAssessment()).requireId(), format(facts), now));
        return true;
    }

    /** The latest clearance's date, for admins. */
    Optional<Instant> latestClearance(long memberId) {
        return clearances
                .findFirstByMemberIdOrderByConfirmedAtDescIdDesc(memberId)
                .map(ClinicianClearance::getConfirmedAt);
    }

    void erase(long memberId) {
        clearances.deleteByMember(memberId);
    }

    static String format(Set<RedFlag> flags) {
        return flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<RedFlag> parse(@Nullable String names) {
        var flags = EnumSet.noneOf(RedFlag.class);
        if (names != null) {
            Arrays.stream(names.split(","))
                    .map(String::strip)
                    .filter(n -> !n.isEmpty())
                    .forEach(n -> {
                        try {
                            flags.add(RedFlag.valueOf(n));
                        } catch (IllegalArgumentException unknown) {
                            // a name from an older questionnaire: not a lifelong fact of this one
                        }
                    });
        }
        return flags;
    }
}
