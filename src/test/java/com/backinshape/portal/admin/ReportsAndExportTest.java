package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.MemberFilter;
import com.backinshape.portal.account.MemberSummary;
import com.backinshape.portal.account.Members;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The members list's filters, the CSV export and the dashboard's figures. */
class ReportsAndExportTest extends AdminTestBase {

    @Autowired
    MemberList directory;

    @Autowired
    Dashboard dashboard;

    @BeforeEach
    void asAdmin() {
        signInAsAdmin();
    }

    @Test
    void the_list_finds_a_member_by_email_or_name_prefix_and_filters_by_verification() {
        long id = verifiedMember("Zebedee");
        String email = member(id).getEmail();
        signInAsAdmin();

        var byEmail = directory.page(
                MemberFilter.all().withSearch(email.substring(0, 12).toUpperCase()), PageRequest.of(0, 10));
        var byName = directory.page(MemberFilter.all().withSearch("zebed"), PageRequest.of(0, 10));
        var unverifiedOnly = directory.page(new MemberFilter("zebed", false, null, null, null), PageRequest.of(0, 10));

        assertThat(byEmail.getContent()).extracting(MemberSummary::id).contains(id);
        assertThat(byName.getContent()).extracting(MemberSummary::id).contains(id);
        assertThat(unverifiedOnly.getContent()).extracting(MemberSummary::id).doesNotContain(id);
    }

    @Test
    void pages_are_slices_sorted_as_asked() {
        verifiedMember("Aaron");
        verifiedMember("Abigail");
        signInAsAdmin();

        var first = directory.page(
                MemberFilter.all().withSearch("a"), PageRequest.of(0, 1, Sort.by(MemberSummary.SORT_FIRST_NAME)));

        assertThat(first.getContent()).hasSize(1);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.getContent().getFirst().firstName()).isEqualTo("Aaron");
    }

    @Test
    void the_csv_export_contains_the_member_in_uk_dates_and_no_health_data() {
        long id = memberWithHealthData("Csvia");
        String email = member(id).getEmail();
        var out = new ByteArrayOutputStream();

        directory.writeCsv(MemberFilter.all().withSearch(email), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMember id,First name,Email,Joined,Email confirmed");
        assertThat(csv).contains(id + ",Csvia," + email + ",26/11/2026 10:00,26/11/2026 10:00,enabled");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.toLowerCase()).doesNotContain("risk", "pain", "sore knee", "hamstring", "advice");
        assertThat(audit.page(
                                new AuditRecord.Filter(AuditAction.EXPORTED_MEMBERS, null, null, null, null),
                                PageRequest.of(0, 1))
                        .getContent())
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(email));
    }

    @Test
    void a_formula_in_a_name_is_exported_as_text() {
        assertThat(MemberList.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(MemberList.safe("Anna")).isEqualTo("Anna");
    }

    @Test
    void the_dashboard_counts_signups_per_day_verification_and_questionnaires_by_source() {
        clock.set(START.minus(
                java.time.Duration.ofDays(400))); // a period no other test writes into, emails older than theirs
        LocalDate today = dashboard.today();
        signup.signUp(
                new com.backinshape.portal.account.SignupService.SignupRequest(
                        "Sol",
                        Members.uniqueEmail("sol"),
                        Members.PASSWORD,
                        true,
                        true,
                        "dash-article",
                        null,
                        null,
                        null,
                        true),
                "203.0.113.40");
        long verifiedFromNowhere = verifiedMember("Val");
        memberWithHealthData("Quin");

        DashboardReport report = dashboard.report(null, null);

        assertThat(report.from()).isEqualTo(today.minusDays(29));
        assertThat(report.signupsPerDay()).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(today);
            assertThat(d.signups()).isEqualTo(3);
        });
        assertThat(report.bySource())
                .contains(
                        new DashboardReport.SourceRow("dash-article", 1, 0, 0, 0),
                        new DashboardReport.SourceRow("", 2, 2, 1, 0));
        assertThat(report.verificationRate()).isEqualTo(200.0 / 3);
        assertThat(report.questionnaireCompletion()).isEqualTo(100.0 / 3);
        assertThat(verifiedFromNowhere).isPositive();
    }
}
