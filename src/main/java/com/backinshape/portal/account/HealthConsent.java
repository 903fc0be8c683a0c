package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.HealthConsentWithdrawn;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.base.InvalidInputException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's consent to the use of their health information: withdrawing it deletes every answer, result, log and
 * note and stops the programmes (each feature does its part on {@link HealthConsentWithdrawn}, in this transaction, so
 * nothing is left half-deleted); giving it again lets them start afresh with a new questionnaire.
 */
@Service
public class HealthConsent {

    /** What keeps working after consent is withdrawn, as the account page and the email say it. */
    public static final String STILL_WORKS = "Your account, sign-in, subscription and billing, your Premium Plus "
            + "discount code and video review bookings (without notes) keep working. The questionnaire and the "
            + "programmes need your consent: give it again here whenever you like and start afresh.";

    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthConsent(
            MemberRepository members, CurrentMember currentMember, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in member's consent stands. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isGiven() {
        return isGiven(currentMember.requireId());
    }

    /** Whether {@code memberId}'s consent stands (for features checking before they store health data). */
    @Transactional(readOnly = true)
    public boolean isGiven(long memberId) {
        return members.findById(memberId).map(Member::hasHealthConsent).orElse(false);
    }

    /** @throws InvalidInputException "form" when already withdrawn */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void withdraw() {
        Member m = members.findById(currentMember.requireId()).orElseThrow();
        if (!m.hasHealthConsent()) {
            throw InvalidInputException.of(InvalidInputException.FORM, "You have already withdrawn this consent.");
        }
        var at = clock.instant();
        m.withdrawHealthConsent(at);
        members.flush();
        events.publishEvent(new HealthConsentWithdrawn(m.requireId(), m.getEmail(), m.getFirstName(), at));
    }

    /** Gives consent again, to the current version. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void give() {
        members.findById(currentMember.requireId())
                .orElseThrow()
                .giveHealthConsent(SignupService.HEALTH_CONSENT_VERSION, clock.instant());
    }
}
