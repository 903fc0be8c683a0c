package com.backinshape.portal.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.PersonalDataExport;
import com.backinshape.portal.account.RateLimitedException;
import com.backinshape.portal.admin.AuditAction;
import com.backinshape.portal.admin.AuditLog;
import com.backinshape.portal.admin.AuditRecord;
import com.backinshape.portal.admin.MemberAdmin;
import com.backinshape.portal.admin.SubjectAccess;
import com.backinshape.portal.base.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** "Download my data" and the admin's subject-access request. */
class PersonalDataExportTest extends DataRightsTestBase {

    @Autowired
    PersonalDataExport exports;

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    MemberAdmin memberAdmin;

    @Autowired
    AuditLog audit;

    @Test
    void the_members_zip_holds_every_part_their_answers_logs_and_who_looked_at_their_health_answers() throws Exception {
        var m = memberWithEverything("Ottoline");
        signInAsAdmin();
        memberAdmin.healthData(m.id(), "Preparing for her video review");

        signIn(m.id());
        Map<String, String> zip = unzip(download(exports.requestOwn()));

        assertThat(zip)
                .containsOnlyKeys(
                        "profile.json",
                        "questionnaires.json",
                        "programmes.json",
                        "video-reviews.json",
                        "billing.json",
                        "emails.json",
                        "clinic-access.json",
                        "summary.txt");
        assertThat(zip.get("profile.json"))
                .contains(m.email(), "\"firstName\" : \"Ottoline\"", "Use of your health information");
        assertThat(zip.get("questionnaires.json")).contains("answers", "question", "adviceLevel");
        assertThat(zip.get("programmes.json"))
                .contains("Ottoline free-programme note: left knee aches", "Ottoline strength note: sciatica flared");
        assertThat(zip.get("video-reviews.json")).contains("Ottoline video note: hip clicks");
        assertThat(zip.get("billing.json")).contains("PREMIUM_PLUS", "invoice.paid");
        assertThat(zip.get("emails.json")).contains("Confirm your email", "We have your video review request");
        assertThat(zip.get("clinic-access.json"))
                .contains("VIEWED_HEALTH_DATA", "admin@test.local", "Preparing for her video review");
        assertThat(zip.get("summary.txt"))
                .contains(
                        "Name: Ottoline",
                        "Clinic staff looked at your health answers 1 time(s)",
                        "Questionnaire started");
    }

    @Test
    void downloading_is_audited_and_limited_to_five_a_day() throws Exception {
        long id = Members.verifiedMember(signup, events, "Petra", Members.uniqueEmail("petra"));
        signIn(id);
        for (int i = 0; i < 5; i++) {
            assertThat(download(exports.requestOwn())).isNotEmpty();
        }
        assertThatThrownBy(() -> exports.requestOwn())
                .isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("try again tomorrow");

        signInAsAdmin();
        assertThat(auditFor(id)).hasSize(5).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DOWNLOADED_OWN_DATA);
            assertThat(e.actorEmail()).isEqualTo("member #" + id);
        });
    }

    @Test
    void a_download_link_works_once_and_only_for_whom_it_was_made() {
        long ann = Members.verifiedMember(signup, events, "Ann", Members.uniqueEmail("ann"));
        long bob = Members.verifiedMember(signup, events, "Bob", Members.uniqueEmail("bob"));
        signIn(ann);
        String ticket = exports.requestOwn();

        signIn(bob);
        assertThatThrownBy(() -> download(ticket)).isInstanceOf(InvalidInputException.class);
        signIn(ann);
        assertThatThrownBy(() -> download(ticket))
                .as("refused once tried, even by someone else")
                .isInstanceOf(InvalidInputException.class);
        String fresh = exports.requestOwn();
        assertThat(download(fresh)).isNotEmpty();
        assertThatThrownBy(() -> download(fresh)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_admin_produces_the_same_file_for_a_subject_access_request_with_a_recorded_reason() throws Exception {
        long id = Members.verifiedMember(signup, events, "Sigrid", Members.uniqueEmail("sigrid"));
        signInAsAdmin();

        assertThatThrownBy(() -> subjectAccess.request(id, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThat(auditFor(id)).isEmpty();

        var out = new ByteArrayOutputStream();
        subjectAccess.write(subjectAccess.request(id, "Subject access request received by post"), out);

        assertThat(unzip(out.toByteArray()).get("profile.json")).contains("Sigrid");
        assertThat(auditFor(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORTED_PERSONAL_DATA);
            assertThat(e.reason()).isEqualTo("Subject access request received by post");
            assertThat(e.actorEmail()).isEqualTo(ADMIN_EMAIL);
        });
    }

    private byte[] download(String ticket) {
        var out = new ByteArrayOutputStream();
        exports.write(ticket, out);
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private List<AuditRecord> auditFor(long memberId) {
        return audit.page(new AuditRecord.Filter(null, memberId, null, null, null), PageRequest.of(0, 50))
                .getContent();
    }
}
