package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.admin.ui.MemberDetailView;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The member page's premium section: tier, timeline and the grant action behind a reason. */
class MemberBillingPageTest extends AdminTestBase {

    @Autowired PremiumAccess access;

    @Test
    void an_admin_grants_a_month_of_premium_from_the_member_page_and_sees_the_tier_and_the_grant() {
        long id = verifiedMember("Tess");
        signInAsAdmin();
        navigate("admin/members/" + id, MemberDetailView.class);
        assertThat($(Paragraph.class).id("tier").getText()).startsWith("Tier: Free; no subscription");

        test($(Button.class).id("grant")).click();
        test($(Button.class).id("confirm")).click();
        assertThat(access.tierFor(id)).isEqualTo(Tier.FREE);
        test($(TextArea.class).id("reason")).setValue("Physio recommends the premium programme");
        test($(Button.class).id("confirm")).click();

        assertThat(access.tierFor(id)).isEqualTo(Tier.PREMIUM);
        assertThat($(Paragraph.class).id("tier").getText()).startsWith("Tier: Premium");
        assertThat(auditFor(id)).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.GRANTED_PREMIUM));
        assertThat($(Button.class).all()).anyMatch(b -> b.getId().orElse("").startsWith("revoke-"));
    }
}
