package com.backinshape.portal.programme;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.billing.ComplimentaryPremium;
import com.backinshape.portal.billing.Tier;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members of each tier for the premium tests: made through real signup, and made Premium or Premium Plus the way the
 * clinic does it without payment, by an admin's complimentary grant (billing's public API), so {@code PremiumAccess}
 * decides exactly as it does in production.
 */
@RecordApplicationEvents
public abstract class PremiumTestBase extends PortalTest {

    @Autowired
    protected SignupService signup;

    @Autowired
    protected MemberRepository members;

    @Autowired
    protected TransactionTemplate tx;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected ComplimentaryPremium complimentary;

    @Autowired
    protected AssessmentService assessments;

    /** A verified member of {@code tier}, signed in, screened by a clear questionnaire. */
    protected long signedInMember(String name, Tier tier) {
        long id = unscreenedMember(name, tier);
        Questionnaires.take(assessments, AnswersBuilder.answers().build());
        return id;
    }

    /** A verified member of {@code tier}, signed in, who has not answered the questionnaire yet. */
    protected long unscreenedMember(String name, Tier tier) {
        long id = Members.verifiedMember(signup, events, name, Members.uniqueEmail(name.toLowerCase()));
        if (tier.isPaid()) {
            signIn(members.findByEmailKey(Member.emailKey("admin@test.local"))
                    .orElseThrow()
                    .requireId());
            complimentary.grant(id, tier, START.plus(Duration.ofDays(60)), "Premium tests");
        }
        signIn(id);
        return id;
    }

    protected void signIn(long memberId) {
        Members.signIn(members, tx, memberId);
    }
}
