package com.backinshape.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the journeys in a real browser: the whole portal on a free port (H2, no SMTP host so emails stay in the
 * dev mailbox, simulated payments, 127.0.0.1 and ::1 trusted proxies) and one headless Chromium for all of them.
 * Chromium comes from {@code CHROME_PATH} or Debian's {@code /usr/bin/chromium}; without either, Playwright's own
 * browser is used (on machines that can download it).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:portal-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "app.admin.email=admin@test.local",
            "app.admin.password=admin-password-for-tests",
            "spring.mail.host=",
            // the browser's requests come from 127.0.0.1 or ::1: as trusted proxies, their X-Forwarded-For names the
            // client
            "APP_TRUSTED_PROXIES=127.0.0.1/32,::1/128",
            // every journey's members sign in from this machine: its limit per client address is not what they test
            "app.security.sign-ins-per-client=1000",
            "vaadin.devmode.devTools.enabled=false",
            "spring.modulith.events.republish-outstanding-events-on-restart=false",
            "spring.lifecycle.timeout-per-shutdown-phase=2s"
        })
@org.junit.jupiter.api.extension.ExtendWith(ThisContextsSecurityHolder.class)
public abstract class BrowserTest {

    private static final Browser BROWSER = launch();

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    /** A free port chosen once per test JVM, so that the links in emails can point at this server. */
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("app.base-url", () -> "http://localhost:" + PORT);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void openBrowser() {
        browserContext = BROWSER.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        browserContext.setDefaultTimeout(20_000);
        // assertions wait as long as actions do (their own default, 5 s, is short on a busy 2-core machine)
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page = browserContext.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                System.err.println("[browser] "
                        + m.text().substring(0, Math.min(300, m.text().length())));
            }
        });
        page.onPageError(e -> System.err.println("[browser] " + e));
    }

    /** Keeps the last screen of each journey in target/journeys/, to see what a failed one showed. */
    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Path.of(
                            "target",
                            "journeys",
                            test.getTestMethod().map(m -> m.getName()).orElse("journey") + ".png")));
        } catch (RuntimeException ignored) {
            // a screenshot is a help, never a reason to fail
        }
        browserContext.close();
    }

    /** A text field by its visible label. */
    protected com.microsoft.playwright.Locator field(String label) {
        return page.getByRole(
                com.microsoft.playwright.options.AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /**
     * Signs in through the sign-in page, as a person would; an admin then also gives the authenticator's code (setting
     * the authenticator up first if this is their first sign-in), as the admin would with the app on their phone.
     */
    protected void signIn(String email, String password) {
        page.navigate(url("/login"));
        field("Email").fill(email);
        field("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        if (isAdmin(email)) {
            passSecondFactor(email);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    protected org.springframework.jdbc.core.JdbcTemplate jdbc;

    private boolean isAdmin(String email) {
        return jdbc.queryForObject(
                        "select count(*) from member where email_key = ? and role = 'ADMIN'",
                        Integer.class,
                        email.strip().toLowerCase(java.util.Locale.ROOT))
                > 0;
    }

    /** On the set-up or code page after an admin's password: what the admin does with the authenticator app. */
    protected void passSecondFactor(String email) {
        if (!page.url().contains("/sign-in/")) {
            page.navigate(url("/admin")); // any admin page sends an admin without the code to the sign-in code
        }
        page.locator("#code").waitFor();
        if (page.locator("#secret").count() > 0) {
            String secret = page.locator("#secret").innerText().replace(" ", "");
            page.locator("#code input").fill(authenticatorCode(email, secret));
            page.locator("#confirm").click();
            page.locator("#recovery-codes").waitFor();
            page.locator("#continue").click();
        } else {
            String secret = jdbc.queryForObject(
                    "select a.secret from admin_authenticator a join member m on m.id = a.member_id"
                            + " where m.email_key = ?",
                    String.class,
                    email.strip().toLowerCase(java.util.Locale.ROOT));
            page.locator("#code input").fill(authenticatorCode(email, secret));
            page.locator("#verify").click();
        }
        page.waitForURL(u -> u.endsWith("/admin"));
    }

    /**
     * The code the app shows now, or 30 seconds on when this admin's code of now was already used (each code works
     * once; the portal accepts the next step's code, allowing for a phone's clock running ahead).
     */
    private String authenticatorCode(String email, String secret) {
        Long lastUsed = jdbc.query(
                "select a.last_used_step from admin_authenticator a join member m on m.id = a.member_id"
                        + " where m.email_key = ?",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null,
                email.strip().toLowerCase(java.util.Locale.ROOT));
        long now = Math.floorDiv(java.time.Instant.now().getEpochSecond(), 30);
        long step = lastUsed == null ? now : Math.max(now, lastUsed + 1);
        if (step > now + 1) {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(35))
                    .until(() -> Math.floorDiv(java.time.Instant.now().getEpochSecond(), 30) >= step - 1);
        }
        try {
            return new dev.samstevens.totp.code.DefaultCodeGenerator(dev.samstevens.totp.code.HashingAlgorithm.SHA1, 6)
                    .generate(secret, step);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new AssertionError(e);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Browser launch() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        chromiumPath().ifPresent(options::setExecutablePath);
        Browser browser = playwright.chromium().launch(options);
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        return browser;
    }

    private static java.util.Optional<Path> chromiumPath() {
        String fromEnv = System.getenv("CHROME_PATH");
        for (String candidate : new String[] {fromEnv, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return java.util.Optional.of(Path.of(candidate));
            }
        }
        return java.util.Optional.empty();
    }
}
