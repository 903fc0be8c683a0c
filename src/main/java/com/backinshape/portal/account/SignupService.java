package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.MemberVerified;
import com.backinshape.portal.account.AccountEvents.SignupAttemptedForExistingAccount;
import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.account.domain.AccountToken;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.account.domain.TokenPurpose;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joining: signup, the verification email, "send a new link" and "Confirm my email". */
@Service
public class SignupService {

    /** Versions of the terms and privacy notice, and of the health-data consent, a member agrees to. */
    public static final String TERMS_VERSION = "2026-11";

    public static final String HEALTH_CONSENT_VERSION = "2026-11";

    /** What the sign-up form sends. Tracking values come from the article link and may be null. */
    public record SignupRequest(
            @Nullable String firstName,
            @Nullable String email,
            @Nullable String password,
            boolean acceptedTerms,
            boolean consentedToHealthData,
            @Nullable String ref,
            @Nullable String utmSource,
            @Nullable String utmMedium,
            @Nullable String utmCampaign,
            boolean confirmedAdult,
            boolean marketingConsent) {

        /** Without marketing consent (the unticked choice left unticked). */
        public SignupRequest(
                @Nullable String firstName,
                @Nullable String email,
                @Nullable String password,
                boolean acceptedTerms,
                boolean consentedToHealthData,
                @Nullable String ref,
                @Nullable String utmSource,
                @Nullable String utmMedium,
                @Nullable String utmCampaign,
                boolean confirmedAdult) {
            this(
                    firstName,
                    email,
                    password,
                    acceptedTerms,
                    consentedToHealthData,
                    ref,
                    utmSource,
                    utmMedium,
                    utmCampaign,
                    confirmedAdult,
                    false);
        }
    }

    /** Shown to anyone who doesn't confirm being 18 or over: no account is created. */
    public static final String ADULTS_ONLY = "Sorry, membership is for adults aged 18 or over, so we can't create an "
            + "account for you. If your back is hurting, please talk to a parent or carer and see your GP or school "
            + "nurse; you can also call NHS 111 for advice.";

    private final MemberRepository members;
    private final Tokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final EmailSendLimits limits;
    private final ApplicationEventPublisher events;
    private final AppProperties app;
    private final Clock clock;
    private final CurrentMember currentMember;
    private final Sessions sessions;
    private final MarketingConsents marketingConsents;

    SignupService(
            CurrentMember currentMember,
            MemberRepository members,
            Tokens tokens,
            PasswordEncoder passwordEncoder,
            EmailSendLimits limits,
            ApplicationEventPublisher events,
            AppProperties app,
            Clock clock,
            Sessions sessions,
            MarketingConsents marketingConsents) {
        this.marketingConsents = marketingConsents;
        this.members = members;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.limits = limits;
        this.events = events;
        this.app = app;
        this.clock = clock;
        this.currentMember = currentMember;
        this.sessions = sessions;
    }

    /**
     * Creates an unverified account and emails a verification link. For an email that already has an account, nothing
     * is created and the owner is emailed instead; the caller cannot tell the two apart.
     *
     * @throws InvalidInputException with a message per field ("firstName", "email", "password", "terms", "health",
     *     "adult")
     * @throws RateLimitedException when this address or client asked too often
     */
    @PermitAll
    @Transactional
    public void signUp(SignupRequest request, String clientIp) {
        var errors = new InvalidInputException.Collector();
        AccountRules.checkFirstName(request.firstName(), "firstName", errors);
        AccountRules.checkEmail(request.email(), "email", errors);
        AccountRules.checkNewPassword(request.password(), request.email(), "password", errors);
        if (!request.acceptedTerms()) {
            errors.reject("terms", "Please accept the terms and privacy notice to join.");
        }
        if (!request.consentedToHealthData()) {
            errors.reject(
                    "health", "We need your consent to use your answers about your back to build your programme.");
        }
        if (!request.confirmedAdult()) {
            errors.reject("adult", ADULTS_ONLY);
        }
        errors.throwIfAny();

        String email = request.email().strip();
        limits.check(email, clientIp);
        String passwordHash = passwordEncoder.encode(request.password());
        Optional<Member> existing = members.findByEmailKey(Member.emailKey(email));
        if (existing.isPresent()) {
            tellExistingOwner(existing.get(), passwordHash);
            return;
        }
        Instant now = clock.instant();
        Member member = new Member(
                request.firstName().strip(),
                email,
                passwordHash,
                Role.MEMBER,
                now,
                TERMS_VERSION,
                HEALTH_CONSENT_VERSION);
        member.setSource(
                AccountRules.trackingValue(request.ref()),
                AccountRules.trackingValue(request.utmSource()),
                AccountRules.trackingValue(request.utmMedium()),
                AccountRules.trackingValue(request.utmCampaign()));
        try {
            members.saveAndFlush(member);
        } catch (DataIntegrityViolationException raceWithSameEmail) {
            throw InvalidInputException.of("email", "Please try again in a moment.");
        }
        if (request.marketingConsent()) {
            marketingConsents.record(member.requireId(), true);
        }
        sendVerificationLink(member, passwordHash);
    }

    /** "Send a new link" from the check-your-inbox page: answers the same whatever the address. */
    @PermitAll
    @Transactional
    public void resendVerification(@Nullable String email, String clientIp) {
        var errors = new InvalidInputException.Collector();
        AccountRules.checkEmail(email, "email", errors);
        errors.throwIfAny();
        limits.check(email, clientIp);
        members.findByEmailKey(Member.emailKey(email))
                .filter(m -> !m.isVerified())
                .ifPresent(this::resendVerificationLink);
    }

    /** "Send a new link" for the signed-in, not yet verified member. */
    @PreAuthorize("hasRole('UNVERIFIED')")
    @Transactional
    public void resendVerificationForCurrentMember(String clientIp) {
        Member member = members.findById(currentMember.requireId()).orElseThrow();
        limits.check(member.getEmail(), clientIp);
        if (!member.isVerified()) {
            resendVerificationLink(member);
        }
    }

    /** Checks a verification link without using it: opening the link alone must not use it up. */
    @PermitAll
    @Transactional(readOnly = true)
    public void checkVerificationLink(@Nullable String token) {
        tokens.peek(token, TokenPurpose.VERIFY_EMAIL);
    }

    /**
     * Whether this verification link (used, unused or expired) belongs to a member whose email is already confirmed:
     * opening it again then says so instead of calling the link unusable.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isVerificationLinkOfConfirmedMember(@Nullable String token) {
        return tokens.owner(token, TokenPurpose.VERIFY_EMAIL)
                .flatMap(members::findById)
                .map(Member::isVerified)
                .orElse(false);
    }

    /**
     * "Confirm my email": uses the link, verifies the account and answers who to sign in. The password becomes the one
     * chosen with the signup that asked for this link, and every other session of the member ends: someone who signed
     * up earlier with this address (and a password of their own) is out.
     *
     * @throws InvalidLinkException for an unknown, used or expired link
     */
    @PermitAll
    @Transactional
    public MemberPrincipal confirmEmail(@Nullable String token) {
        AccountToken used = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        Member member = members.findById(used.getMemberId())
                .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.UNKNOWN));
        if (!member.isVerified()) {
            if (used.getPasswordHash() != null) {
                member.setPasswordHash(used.getPasswordHash());
            }
            sessions.endAllAfterCommit(member.requireId(), null);
            member.markVerified(clock.instant());
            events.publishEvent(new MemberVerified(
                    member.requireId(),
                    member.getEmail(),
                    member.getFirstName(),
                    member.getSourceRef() == null ? "" : member.getSourceRef()));
        }
        return new MemberPrincipal(member);
    }

    /** A new link for the same signup: it keeps the password of the link it replaces. */
    void resendVerificationLink(Member member) {
        String passwordHash = tokens.openPasswordHash(member.requireId(), TokenPurpose.VERIFY_EMAIL)
                .orElse(member.getPasswordHash());
        sendVerificationLink(member, passwordHash);
    }

    void sendVerificationLink(Member member, String passwordHash) {
        Tokens.Issued issued = tokens.issue(member.requireId(), TokenPurpose.VERIFY_EMAIL, null);
        issued.token().setPasswordHash(passwordHash);
        events.publishEvent(new VerificationLinkIssued(
                member.requireId(),
                member.getEmail(),
                member.getFirstName(),
                issued.token().requireId(),
                app.link("/verify", "token", issued.secret())));
    }

    /**
     * A signup for an address that has an account. Not yet verified: the address's owner may be signing up after
     * someone else used it, so the new link carries this signup's password.
     */
    private void tellExistingOwner(Member owner, String passwordHash) {
        if (!owner.isVerified()) {
            sendVerificationLink(owner, passwordHash);
            return;
        }
        events.publishEvent(new SignupAttemptedForExistingAccount(
                owner.requireId(),
                owner.getEmail(),
                owner.getFirstName(),
                UUID.randomUUID(),
                app.link("/login"),
                app.link("/forgot-password")));
    }
}
