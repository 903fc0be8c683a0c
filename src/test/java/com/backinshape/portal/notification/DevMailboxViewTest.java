package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * This context sends email through a mail server (GreenMail), as a real server would: then there is no dev mailbox at
 * all, even without the prod profile. The dev mailbox itself, on a machine without a mail server, is used by the
 * browser journeys (see DevMailboxAccessTest and JoinFreeJourneyTest).
 */
class DevMailboxViewTest extends NotificationTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    void a_server_with_a_mail_server_has_no_dev_mailbox() {
        assertThat(context.getBeanProvider(DevMailbox.class).getIfAvailable()).isNull();
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable("dev/mailbox"))
                .isFalse();
    }
}
