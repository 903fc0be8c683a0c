package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.admin.domain.AuditEntry;
import com.backinshape.portal.admin.ui.AuditLogView;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log's hash chain: intact after real use, broken where a row is altered, never forked. */
class AuditChainTest extends AdminTestBase {

    @Autowired
    MemberAdmin memberAdmin;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_audit_page_says_the_chain_is_intact_after_actions_and_an_erasure() {
        long id = verifiedMember("Ida");
        signInAsAdmin();
        memberAdmin.setSignInEnabled(id, false, "Asked to pause the account");
        memberAdmin.erase(id, "Asked to be forgotten");

        assertThat(audit.chainStatus().intact()).isTrue();
        navigate(AuditLogView.class);
        assertThat($(Paragraph.class).id("audit-chain").getText())
                .startsWith("Audit chain intact: all ")
                .endsWith(" entries check out.");
    }

    @Test
    void a_row_altered_through_sql_is_reported_at_that_entry() {
        long id = verifiedMember("Al");
        signInAsAdmin();
        memberAdmin.setSignInEnabled(id, false, "First reason");
        memberAdmin.setSignInEnabled(id, true, "Second reason");
        memberAdmin.setSignInEnabled(id, false, "Third reason");
        long altered = auditFor(id).get(1).id();
        assertThat(jdbc.queryForObject("select reason from audit_entry where id = ?", String.class, altered))
                .isEqualTo("Second reason");

        jdbc.update("update audit_entry set reason = 'Nothing to see here' where id = ?", altered);
        try {
            var status = audit.chainStatus();
            assertThat(status.intact()).isFalse();
            assertThat(status.brokenAtEntryId()).isEqualTo(altered);
            navigate(AuditLogView.class);
            assertThat($(Paragraph.class).id("audit-chain").getText())
                    .isEqualTo("Audit chain broken at entry #" + altered
                            + ": this entry was changed after it was written.");
        } finally {
            jdbc.update("update audit_entry set reason = 'Second reason' where id = ?", altered);
        }
        assertThat(audit.chainStatus().intact()).isTrue();
    }

    @Test
    void a_deleted_newest_row_is_reported_too() {
        long id = verifiedMember("Del");
        signInAsAdmin();
        memberAdmin.setSignInEnabled(id, false, "Reason kept");
        long newest = auditFor(id).getFirst().id();
        var row = jdbc.queryForMap("select * from audit_entry where id = ?", newest);

        jdbc.update("delete from audit_entry where id = ?", newest);
        try {
            assertThat(audit.chainStatus().problem()).isEqualTo("the newest 1 entry is missing (deleted).");
        } finally {
            jdbc.update(
                    "insert into audit_entry (id, occurred_at, actor_id, actor_email, action, member_id, member_name,"
                            + " reason, detail, seq, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("id"),
                    row.get("occurred_at"),
                    row.get("actor_id"),
                    row.get("actor_email"),
                    row.get("action"),
                    row.get("member_id"),
                    row.get("member_name"),
                    row.get("reason"),
                    row.get("detail"),
                    row.get("seq"),
                    row.get("prev_hash"),
                    row.get("entry_hash"));
        }
        assertThat(audit.chainStatus().intact()).isTrue();
    }

    @Test
    void parallel_appends_never_fork_the_chain() throws Exception {
        long before = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
        long actor = adminId();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < 10; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> chain.append(new AuditEntry(
                                clock.instant(),
                                actor,
                                ADMIN_EMAIL,
                                AuditAction.EXPORTED_MEMBERS.name(),
                                null,
                                null,
                                "parallel " + thread + "." + n,
                                null)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class))
                .isEqualTo(before + 40);
        signInAsAdmin();
        assertThat(audit.chainStatus().intact()).isTrue();
    }
}
