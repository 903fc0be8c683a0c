package com.backinshape.portal.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.admin.MemberAdmin;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One erasure path forgets everything: after an admin erases a member who has every kind of data, no table of the live
 * schema still holds their personal or health data (see {@link PersonalDataScan}).
 */
class ErasureCompletenessTest extends DataRightsTestBase {

    @Autowired
    MemberAdmin admin;

    @Autowired
    DataSource dataSource;

    @Test
    void after_erasure_no_table_holds_the_members_personal_or_health_data() throws Exception {
        var m = memberWithEverything("Quenberta");
        String customer = jdbc.queryForObject(
                "select stripe_customer_id from billing_subscription where member_id = ?", String.class, m.id());
        assertThat(PersonalDataScan.leftovers(dataSource, m.id(), customer, m.secrets()))
                .as("the scan finds the member before erasure")
                .isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_simulated_object where json like ?",
                        Long.class,
                        "%" + customer + "%"))
                .isPositive();

        signInAsAdmin();
        admin.erase(m.id(), "Member asked for erasure in writing");

        assertThat(PersonalDataScan.leftovers(dataSource, m.id(), customer, m.secrets()))
                .isEmpty();
        // the events received before the erasure keep id, type and status; the cancellation it sends is processed first
        assertThat(jdbc.queryForList(
                        "select payload from billing_stripe_event where member_id = ? and type <> ?",
                        String.class,
                        m.id(),
                        "customer.subscription.deleted"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).matches("\\{\"id\":\"evt_\\w+\",\"type\":\"[a-z_.]+\"}"));
        assertThat(jdbc.queryForList(
                        "select kind from billing_simulated_object where json like ?",
                        String.class,
                        "%" + customer + "%"))
                .as("the customer is deleted at the (simulated) provider")
                .containsOnly("subscription");
        assertThat(jdbc.queryForList("select subject from outbox_email where member_id = ?", String.class, m.id()))
                .as("the clinic's email about the request is the member's too")
                .hasSizeGreaterThanOrEqualTo(3)
                .containsOnly("erased");
    }
}
