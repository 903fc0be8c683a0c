package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.MemberFilter;
import com.backinshape.portal.admin.ui.MembersView;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The members grid's tier column and its tier and subscription filters. */
class MembersGridBillingTest extends AdminTestBase {

    @Autowired
    MemberList list;

    @Autowired
    MemberBilling billing;

    @Test
    void the_tier_filter_finds_granted_premium_members_and_free_ones_apart() {
        long gifted = verifiedMember("Gridpremium");
        long free = verifiedMember("Gridfree");
        signInAsAdmin();
        billing.grant(gifted, Tier.PREMIUM, GrantLength.ONE_YEAR, "Clinic patient on the premium plan");
        MemberFilter grid = MemberFilter.all().withSearch("grid");

        assertThat(list.rows(list.withBilling(grid, Tier.PREMIUM, null), PageRequest.of(0, 50))
                        .getContent())
                .extracting(r -> r.member().id())
                .contains(gifted)
                .doesNotContain(free);
        assertThat(list.rows(list.withBilling(grid, Tier.FREE, null), PageRequest.of(0, 50))
                        .getContent())
                .extracting(r -> r.member().id())
                .contains(free)
                .doesNotContain(gifted);
        assertThat(list.rows(list.withBilling(grid, null, SubscriptionStatus.ACTIVE), PageRequest.of(0, 50))
                        .getContent())
                .extracting(r -> r.member().id())
                .doesNotContain(gifted, free);
        assertThat(list.rows(grid, PageRequest.of(0, 50)).getContent())
                .filteredOn(r -> r.member().id() == gifted)
                .singleElement()
                .satisfies(r -> assertThat(r.tier()).isEqualTo(Tier.PREMIUM));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_grid_shows_the_tier_column_and_filters_by_tier() {
        long gifted = verifiedMember("Viewpremium");
        signInAsAdmin();
        billing.grant(gifted, Tier.PREMIUM_PLUS, GrantLength.ONE_MONTH, "Clinic patient on the plus plan");
        navigate(MembersView.class);

        test($(TextField.class).id("search")).setValue("viewpremium");
        test((ComboBox<Tier>) $(ComboBox.class).id("tier")).selectItem("Premium Plus");

        Grid<MemberRow> grid = $(Grid.class).id("members");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(grid).getRow(0).tier()).isEqualTo(Tier.PREMIUM_PLUS);
    }

    @Test
    void the_csv_export_names_each_members_tier_and_subscription_status() {
        long gifted = verifiedMember("Csvpremium");
        long free = verifiedMember("Csvfree");
        signInAsAdmin();
        billing.grant(gifted, Tier.PREMIUM, GrantLength.ONE_MONTH, "Clinic patient on the premium plan");
        var out = new java.io.ByteArrayOutputStream();

        list.writeCsv(MemberFilter.all().withSearch("csv"), out);

        var lines =
                out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).endsWith(",Tier,Subscription status");
        assertThat(lines)
                .filteredOn(l -> l.startsWith(gifted + ","))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(",Premium,"));
        assertThat(lines)
                .filteredOn(l -> l.startsWith(free + ","))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(",Free,"));
    }
}
