package com.backinshape.portal.rights;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.premiumplus.TimeWindow;
import com.backinshape.portal.premiumplus.VideoReviewService;
import com.backinshape.portal.programme.ProgrammeService;
import com.backinshape.portal.programme.SessionFeedback;
import com.backinshape.portal.programme.StrengthService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members holding everything the portal can keep about someone, made through the real use cases: a questionnaire, the
 * free programme's log, a paid Premium Plus subscription (simulated checkout, so Stripe-shaped events and a customer),
 * strength sessions and a video review request, each with a note.
 */
@RecordApplicationEvents
public abstract class DataRightsTestBase extends PortalTest {

    static final String ADMIN_EMAIL = "admin@test.local";

    @Autowired
    protected SignupService signup;

    @Autowired
    protected MemberRepository members;

    @Autowired
    protected TransactionTemplate tx;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected AssessmentService assessments;

    @Autowired
    protected ProgrammeService programmes;

    @Autowired
    protected StrengthService strength;

    @Autowired
    protected VideoReviewService videoReviews;

    @Autowired
    protected CheckoutService checkout;

    @Autowired
    protected PremiumAccess access;

    @Autowired
    protected JdbcTemplate jdbc;

    /** Someone with every kind of data, and the texts that identify them or their health. */
    public record Seeded(long id, String email, String firstName, List<String> secrets) {}

    protected Seeded memberWithEverything(String firstName) {
        String email = Members.uniqueEmail(firstName.toLowerCase());
        long leftByOthers = unhandledEvents(); // other tests may leave failed deliveries behind
        long id = Members.verifiedMember(signup, events, firstName, email);
        signIn(id);
        String freeNote = firstName + " free-programme note: left knee aches";
        String strengthNote = firstName + " strength note: sciatica flared";
        String videoNote = firstName + " video note: hip clicks";
        Questionnaires.take(
                assessments, answers().legRaise(LegRaise.UNDER_30_DEGREES).build());
        programmes.logSession(new ProgrammeService.SessionEntry(true, 6, SessionFeedback.ABOUT_RIGHT, freeNote));
        String url = checkout.start(Tier.PREMIUM_PLUS, Period.MONTHLY);
        checkout.paySimulated(url.substring(url.indexOf("session=") + "session=".length()), "4242 4242 4242 4242");
        await().atMost(Duration.ofSeconds(20)).until(() -> access.tierFor(id) == Tier.PREMIUM_PLUS);
        strength.log(new ProgrammeService.SessionEntry(true, 4, SessionFeedback.ABOUT_RIGHT, strengthNote), false);
        videoReviews.request(
                new VideoReviewService.RequestForm(LocalDate.of(2026, 12, 1), TimeWindow.MORNING, videoNote));
        // the asynchronous listeners (emails, webhook processing) have done their work
        await().atMost(Duration.ofSeconds(20)).until(() -> unhandledEvents() <= leftByOthers);
        return new Seeded(
                id, email, firstName, List.of(email.toLowerCase(), firstName, freeNote, strengthNote, videoNote));
    }

    protected long unhandledEvents() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
    }

    protected long adminId() {
        return members.findByEmailKey(ADMIN_EMAIL).orElseThrow().requireId();
    }

    protected void signInAsAdmin() {
        signIn(adminId());
    }

    protected void signIn(long memberId) {
        Members.signIn(members, tx, memberId);
    }

    protected Member member(long id) {
        return Members.reload(members, id);
    }
}
