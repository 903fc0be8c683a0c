package com.backinshape.portal.admin;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.programme.ProgrammeService;
import com.backinshape.portal.programme.SessionFeedback;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Admin tests: the first admin from the test settings, members made through the real signup path. */
@RecordApplicationEvents
abstract class AdminTestBase extends PortalTest {

    static final String ADMIN_EMAIL = "admin@test.local";

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AuditLog audit;

    long adminId() {
        return members.findByEmailKey(ADMIN_EMAIL).orElseThrow().requireId();
    }

    void signInAsAdmin() {
        Members.signIn(members, tx, adminId());
    }

    /** Another admin, verified, who has not signed in yet. */
    long newAdmin(String name) {
        var admin = new Member(
                name,
                Members.uniqueEmail(name.toLowerCase()),
                "{bcrypt}unusable",
                Role.ADMIN,
                clock.instant(),
                SignupService.TERMS_VERSION,
                SignupService.HEALTH_CONSENT_VERSION);
        admin.markVerified(clock.instant());
        return members.save(admin).requireId();
    }

    long verifiedMember(String name) {
        return Members.verifiedMember(signup, events, name, Members.uniqueEmail(name.toLowerCase()));
    }

    long unverifiedMember(String name) {
        String email = Members.uniqueEmail(name.toLowerCase());
        signup.signUp(Members.request(name, email), "203.0.113.9");
        return members.findByEmailKey(Member.emailKey(email)).orElseThrow().requireId();
    }

    /** A verified member who took the questionnaire and logged one session with pain 6. */
    long memberWithHealthData(String name) {
        long id = verifiedMember(name);
        Members.signIn(members, tx, id);
        Questionnaires.take(
                assessments, answers().legRaise(LegRaise.UNDER_30_DEGREES).build());
        programmes.logSession(new ProgrammeService.SessionEntry(true, 6, SessionFeedback.ABOUT_RIGHT, "sore knee"));
        signInAsAdmin();
        return id;
    }

    Member member(long id) {
        return Members.reload(members, id);
    }

    List<AuditRecord> auditFor(long memberId) {
        return audit.page(new AuditRecord.Filter(null, memberId, null, null, null), PageRequest.of(0, 50))
                .getContent();
    }
}
