package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.base.PersonalData;
import com.backinshape.portal.base.TimeConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The account's part of a member's data: profile, where they came from, and what they agreed to and when. */
@Component
class AccountPersonalData implements PersonalData.Contributor {

    record Profile(
            long memberId,
            String firstName,
            String email,
            @Nullable String emailWaitingForConfirmation,
            Instant joinedAt,
            @Nullable Instant emailConfirmedAt,
            @Nullable String cameFromArticle,
            @Nullable String utmSource,
            @Nullable String utmMedium,
            @Nullable String utmCampaign,
            List<Consent> consents) {}

    record Consent(
            String what,
            String version,
            @Nullable Instant givenAt,
            @Nullable Instant withdrawnAt) {}

    private final MemberRepository members;

    AccountPersonalData(MemberRepository members) {
        this.members = members;
    }

    @Override
    public PersonalData.Part personalData(long memberId) {
        Member m = members.findById(memberId).orElseThrow();
        var consents = List.of(
                new Consent("Terms and privacy notice", m.getTermsVersion(), m.getTermsAcceptedAt(), null),
                new Consent(
                        "Use of your health information",
                        m.getHealthConsentVersion(),
                        m.getHealthConsentAt(),
                        m.getHealthConsentWithdrawnAt()));
        var profile = new Profile(
                memberId,
                m.getFirstName(),
                m.getEmail(),
                m.getPendingEmail(),
                m.getCreatedAt(),
                m.getEmailVerifiedAt(),
                m.getSourceRef(),
                m.getUtmSource(),
                m.getUtmMedium(),
                m.getUtmCampaign(),
                consents);
        var lines = new ArrayList<String>();
        lines.add("Name: " + m.getFirstName());
        lines.add("Email: " + m.getEmail());
        lines.add("Joined: " + TimeConfig.DATE_TIME.format(m.getCreatedAt()));
        if (m.getSourceRef() != null) {
            lines.add("Came from the article: " + m.getSourceRef());
        }
        for (Consent c : consents) {
            lines.add(c.what() + ", version " + c.version() + ": agreed "
                    + (c.givenAt() == null ? "-" : TimeConfig.DATE_TIME.format(c.givenAt()))
                    + (c.withdrawnAt() == null ? "" : ", withdrawn " + TimeConfig.DATE_TIME.format(c.withdrawnAt())));
        }
        return new PersonalData.Part("profile", "Your profile and consents", profile, lines);
    }

    @Override
    public int order() {
        return 10;
    }
}
