package com.backinshape.portal.premiumplus;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.premiumplus.domain.VideoReviewRequest;
import com.backinshape.portal.premiumplus.domain.VideoReviewRequestRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's Premium Plus: this month's video review request and their clinic discount code. Asks
 * {@link PremiumAccess} on every call; a Premium or free member is refused.
 */
@Service
@PreAuthorize("hasRole('MEMBER')")
public class VideoReviewService {

    /** How far ahead a member may ask for a date. */
    static final int DAYS_AHEAD_MAX = 60;

    /** What the member asks for; {@code note} is optional, at most {@link VideoReviewRequest#NOTE_MAX} characters. */
    public record RequestForm(
            @Nullable LocalDate preferredDate,
            @Nullable TimeWindow window,
            @Nullable String note) {}

    /** A request as the member sees it. */
    public record Requested(
            long id,
            LocalDate preferredDate,
            TimeWindow window,
            @Nullable String note) {}

    private final VideoReviewRequestRepository requests;
    private final PremiumAccess access;
    private final DiscountCodes codes;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VideoReviewService(
            VideoReviewRequestRepository requests,
            PremiumAccess access,
            DiscountCodes codes,
            CurrentMember currentMember,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.access = access;
        this.codes = codes;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    /** Open to every member: whether they have Premium Plus (the page shows what it adds otherwise). */
    @Transactional(readOnly = true)
    public boolean hasPremiumPlus() {
        return access.has(currentMember.requireId(), Tier.PREMIUM_PLUS);
    }

    /** This calendar month's request (London time), if made. */
    @Transactional(readOnly = true)
    public Optional<Requested> thisMonth() {
        long memberId = requirePremiumPlus();
        return requests.findByMemberIdAndRequestMonth(memberId, month()).map(VideoReviewService::view);
    }

    /** @throws InvalidInputException "preferredDate", "window", "note", or "form" when this month's request is made */
    @Transactional
    public Requested request(RequestForm form) {
        long memberId = requirePremiumPlus();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.LONDON));
        var errors = new InvalidInputException.Collector();
        LocalDate date = form.preferredDate();
        if (date == null || date.isBefore(today) || date.isAfter(today.plusDays(DAYS_AHEAD_MAX))) {
            errors.reject("preferredDate", "Choose a date from today to " + DAYS_AHEAD_MAX + " days ahead.");
        }
        if (form.window() == null) {
            errors.reject("window", "Choose a time of day.");
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        if (note != null && note.length() > VideoReviewRequest.NOTE_MAX) {
            errors.reject("note", "Please keep the note to " + VideoReviewRequest.NOTE_MAX + " characters or fewer.");
        }
        if (requests.findByMemberIdAndRequestMonth(memberId, month()).isPresent()) {
            errors.reject(
                    InvalidInputException.FORM,
                    "You have already requested this month's video review. "
                            + "You can request the next one from the 1st of next month.");
        }
        errors.throwIfAny();
        var saved = requests.saveAndFlush(
                new VideoReviewRequest(memberId, month(), date, form.window(), note, clock.instant()));
        events.publishEvent(new VideoReviewRequested(saved.requireId(), memberId, date, form.window()));
        return view(saved);
    }

    /** The member's personal clinic discount code (10% off treatments). */
    public String discountCode() {
        return codes.codeFor(requirePremiumPlus());
    }

    private String month() {
        return YearMonth.now(clock.withZone(TimeConfig.LONDON)).toString();
    }

    private long requirePremiumPlus() {
        long memberId = currentMember.requireId();
        if (!access.has(memberId, Tier.PREMIUM_PLUS)) {
            throw new AccessDeniedException("Video reviews and the clinic discount are part of Premium Plus");
        }
        return memberId;
    }

    private static Requested view(VideoReviewRequest r) {
        return new Requested(r.requireId(), r.getPreferredDate(), r.getTimeWindow(), r.getNote());
    }
}
