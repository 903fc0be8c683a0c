package com.backinshape.floor;

import com.backinshape.floor.Apps.App;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens the sessions in real Chromium (Debian's, from {@code CHROME_PATH} or /usr/bin/chromium, as the journeys do),
 * measures the live heap they add, then clicks in each of them in turn.
 */
final class Sessions {

    /**
     * Heap per session; server round trips (browser resource timing of each UIDL request) and click-to-change times.
     */
    record Result(double heapPerSessionKb, double p50, double p95, double clickP50, double clickP95, int samples) {}

    /** One Chromium with its Playwright driver. */
    record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    private Sessions() {}

    static Chromium launchChromium() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // pages share a few renderer processes, so 120 open tabs fit on a small machine
        var options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--renderer-process-limit=6",
                        "--disable-renderer-backgrounding",
                        "--disable-background-timer-throttling"));
        for (String candidate :
                new String[] {System.getenv("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                options.setExecutablePath(Path.of(candidate));
                break;
            }
        }
        return new Chromium(playwright, playwright.chromium().launch(options));
    }

    /**
     * One warm-up session, the live heap, {@code SESSIONS} more sessions, the live heap again; then {@code CLICKS}
     * rounds of one click in every session.
     */
    static Result measure(Chromium chromium, App app, boolean portal) throws Exception {
        List<BrowserContext> contexts = new ArrayList<>();
        List<Page> clickPages = new ArrayList<>();
        try {
            open(chromium.browser(), app, portal, 0, contexts, clickPages);
            Path work = Path.of("target", "floor");
            long before = app.liveHeap(work.resolve(app.name + "-histogram-1.txt"));
            for (int n = 1; n <= PortalFloorBenchmark.SESSIONS; n++) {
                open(chromium.browser(), app, portal, n, contexts, clickPages);
            }
            long after =
                    app.liveHeap(work.resolve(app.name + "-histogram-" + (PortalFloorBenchmark.SESSIONS + 1) + ".txt"));
            double perSessionKb = (after - before) / 1024.0 / PortalFloorBenchmark.SESSIONS;

            List<Double> clickMs = new ArrayList<>();
            for (Page page : clickPages) {
                page.evaluate(
                        "() => { performance.setResourceTimingBufferSize(1000); performance.clearResourceTimings(); }");
            }
            for (int round = 1; round <= PortalFloorBenchmark.CLICKS; round++) {
                for (Page page : clickPages.subList(1, clickPages.size())) {
                    long t = System.nanoTime();
                    click(page, portal, round);
                    clickMs.add((System.nanoTime() - t) / 1e6);
                }
            }
            List<Double> roundTrips = new ArrayList<>();
            for (Page page : clickPages.subList(1, clickPages.size())) {
                @SuppressWarnings("unchecked")
                List<Number> entries = (List<Number>) page.evaluate("() => performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.includes('v-r=uidl')).map(e => e.responseEnd - e.requestStart)");
                entries.forEach(e -> roundTrips.add(e.doubleValue()));
            }
            return new Result(
                    perSessionKb,
                    percentile(roundTrips, 50),
                    percentile(roundTrips, 95),
                    percentile(clickMs, 50),
                    percentile(clickMs, 95),
                    roundTrips.size());
        } finally {
            for (BrowserContext context : contexts) {
                context.close();
            }
        }
    }

    /** The portal: signs member n in, the member home in one tab and pricing in another; the minimal app: its view. */
    private static void open(
            Browser browser, App app, boolean portal, int n, List<BrowserContext> contexts, List<Page> clickPages) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        Page page = context.newPage();
        if (!portal) {
            page.navigate(app.url("/"));
            page.locator("#saved").waitFor();
            clickPages.add(page);
            return;
        }
        page.navigate(app.url("/login"));
        textbox(page, "Email").fill(Members.email(n));
        textbox(page, "Password").fill(Members.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        if (!page.url().endsWith("/home")) {
            page.navigate(app.url("/home"));
        }
        page.locator("#greeting").waitFor();
        Page pricing = context.newPage();
        pricing.navigate(app.url("/pricing"));
        pricing.locator("#plan-premium").waitFor();
        clickPages.add(pricing);
    }

    private static com.microsoft.playwright.Locator textbox(Page page, String label) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /**
     * The portal: billing period yearly, then monthly, and so on; the minimal app: Save. Waits for the page to change.
     */
    private static void click(Page page, boolean portal, int round) {
        if (portal) {
            String period = round % 2 == 1 ? "Yearly" : "Monthly";
            page.locator("#billing-period")
                    .getByText(period, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                    .click();
            page.locator("#plan-premium .pricing-price:has-text('a " + (round % 2 == 1 ? "year" : "month") + "')")
                    .waitFor();
        } else {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            page.locator("#saved:has-text('Saved note " + round + "')").waitFor();
        }
    }

    static double percentile(List<Double> values, double p) {
        if (values == null || values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
