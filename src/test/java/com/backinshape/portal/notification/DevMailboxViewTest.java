package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.notification.ui.DevMailboxView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import org.junit.jupiter.api.Test;

class DevMailboxViewTest extends NotificationTestBase {

    @Test
    void a_newcomer_without_a_mail_server_finds_their_confirm_email_and_its_link_in_the_dev_mailbox() {
        // later than any email other tests leave behind, so that this one is the newest
        clock.set(java.time.Instant.parse("2046-11-26T10:00:00Z"));
        String address = uniqueAddress("jo");
        String link = "http://localhost:8080/verify?token=dev-mailbox";
        var event = new VerificationLinkIssued(uniqueId(), address, "Jo", uniqueId(), link);
        publishInTransaction(event);
        awaitEmail("verify-link:" + event.tokenId());

        navigate("dev/mailbox", DevMailboxView.class);
        @SuppressWarnings("unchecked")
        Grid<DevMailbox.Line> grid = $(Grid.class).id("mailbox");
        DevMailbox.Line newest = test(grid).getRow(0);
        assertThat(newest.to()).isEqualTo(address);
        assertThat(newest.subject()).isEqualTo("Confirm your email");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("26 Nov 2046, 10:00");

        test(grid).clickRow(0);

        assertThat($(H2.class).id("mail-subject").getText()).isEqualTo("Confirm your email");
        assertThat($(Anchor.class).withClassName("mail-link").all()).extracting(Anchor::getHref).containsExactly(link);
        assertThat($(IFrame.class).id("mail-html").getSrcdoc().orElseThrow())
                .contains("<head><base target=\"_top\">", "Hello <span>Jo</span>");
        assertThat($(Pre.class).id("mail-text").getText()).contains(link);
    }
}
