package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The dev mailbox on a developer's machine (this server has no mail server and no prod profile) answers the machine
 * itself only. The browser's requests come from 127.0.0.1 or ::1, which these tests configure as trusted proxies: a
 * request forwarded for another client is then that client's.
 */
class DevMailboxAccessTest extends BrowserTest {

    @Test
    void the_machine_itself_reads_the_dev_mailbox_and_its_session_cookie_is_lax() {
        page.navigate(url("/dev/mailbox"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dev mailbox")))
                .isVisible();
        Cookie session = browserContext.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        Assertions.assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        Assertions.assertThat(session.secure)
                .as("http://localhost is not https")
                .isFalse();
        Assertions.assertThat(session.httpOnly).isTrue();
    }

    @Test
    void a_visitor_from_another_machine_gets_page_not_found() {
        browserContext.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.9"));

        page.navigate(url("/dev/mailbox"));

        assertThat(page.getByText("We can't find that page")).isVisible();
        assertThat(page.locator("#dev-mailbox")).hasCount(0);
    }
}
