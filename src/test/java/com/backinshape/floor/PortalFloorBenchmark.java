package com.backinshape.floor;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.floor.Apps.App;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The portal held against a minimal Vaadin app on the same stack ({@link com.backinshape.floor.minimal.MinimalApp}),
 * both started here as production runs ({@code java -jar}, Vaadin production mode) in the same run, so every figure is
 * read as a ratio to the minimal app's:
 *
 * <ul>
 *   <li>cold start to the first HTTP 200;
 *   <li>live heap per session after full GCs (the portal: a signed-in member with the member home and the pricing page
 *       open in two tabs; the minimal app: its one view open), over {@code floor.sessions};
 *   <li>server round trip (request sent to response read, from the browser's resource timing) of a click that changes
 *       the page: the pricing page's billing period, the minimal app's "Save";
 *   <li>webhook ingest on H2 and on PostgreSQL: signed events, 30% delivered twice, 16 at a time; every event must be
 *       recorded and processed exactly once, with no error answered.
 * </ul>
 *
 * Runs only with {@code ./mvnw -Pbenchmark verify} (after the jar is packaged); see docs/benchmarks.md. Several portal
 * jars can be measured in one run ({@code -Dfloor.portals=before=/tmp/a.jar,after=target/...jar}) to compare a change
 * before and after against the same minimal app.
 */
@Tag("benchmark")
class PortalFloorBenchmark {

    static final int SESSIONS = Integer.getInteger("floor.sessions", 60);
    static final int CLICKS = Integer.getInteger("floor.clicks", 5);
    static final int EVENTS = Integer.getInteger("floor.events", 2000);
    static final int STARTS = Integer.getInteger("floor.starts", 2);
    static final Set<String> PHASES =
            Set.of(System.getProperty("floor.phases", "start,sessions,webhooks").split(","));
    static final Set<String> DATABASES =
            Set.of(System.getProperty("floor.databases", "h2,postgresql").split(","));

    private final Report report = new Report();

    @Test
    void portal_against_the_minimal_app() throws Exception {
        Path work = Path.of("target", "floor");
        Files.createDirectories(work);
        Map<String, Path> portals = portals();
        Path minimalClasspath = Apps.prepareMinimal(portals.values().iterator().next(), work);
        report.line("Sessions " + SESSIONS + ", clicks per session " + CLICKS + ", webhook events " + EVENTS
                + " (+30% repeats, 16 at a time), cold starts " + STARTS + " each; Java " + Runtime.version()
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");

        if (PHASES.contains("start")) {
            coldStarts(work, minimalClasspath, portals);
        }
        if (PHASES.contains("sessions")) {
            try (var chromium = Sessions.launchChromium()) {
                Sessions.Result minimal;
                try (App app = Apps.minimal(minimalClasspath, work)) {
                    app.awaitHttp200("/");
                    minimal = Sessions.measure(chromium, app, false);
                }
                report.sessions("minimal", minimal, minimal);
                for (var portal : portals.entrySet()) {
                    try (var stripe = new WebhookIngest.StripeStub();
                            App app = Apps.portalOnH2(portal.getKey(), portal.getValue(), work, stripe.base())) {
                        app.awaitHttp200("/");
                        Members.seed(app.jdbc(), SESSIONS + 1);
                        report.sessions(portal.getKey(), Sessions.measure(chromium, app, true), minimal);
                    }
                }
            }
        }
        if (PHASES.contains("webhooks")) {
            List<String> problems = new ArrayList<>();
            for (var portal : portals.entrySet()) {
                if (DATABASES.contains("h2")) {
                    try (var stripe = new WebhookIngest.StripeStub();
                            App app = Apps.portalOnH2(portal.getKey(), portal.getValue(), work, stripe.base())) {
                        app.awaitHttp200("/");
                        var r = WebhookIngest.run(app, stripe, EVENTS);
                        report.webhooks(portal.getKey(), "H2 (file)", r);
                        problems.addAll(r.problems());
                    }
                }
                if (!DATABASES.contains("postgresql")) {
                    continue;
                }
                try (var postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                                .start();
                        var stripe = new WebhookIngest.StripeStub();
                        App app = Apps.portalOnPostgres(
                                portal.getKey(),
                                portal.getValue(),
                                work,
                                stripe.base(),
                                postgres.getJdbcUrl("postgres", "postgres"))) {
                    app.awaitHttp200("/");
                    var r = WebhookIngest.run(app, stripe, EVENTS);
                    report.webhooks(portal.getKey(), "PostgreSQL 14 (embedded)", r);
                    problems.addAll(r.problems());
                }
            }
            report.print(work.resolve("report.md"));
            assertThat(problems)
                    .as("every event recorded and processed exactly once, no error answered")
                    .isEmpty();
        }
        report.print(work.resolve("report.md"));
    }

    private void coldStarts(Path work, Path minimalClasspath, Map<String, Path> portals) throws Exception {
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Path aot = Path.of("target", "portal.aot");
        // as scripts/start.sh starts it: the jar extracted by scripts/aot-cache.sh, with the cache made from it
        Optional<Path> extracted = Optional.empty();
        if (Files.exists(aot) && Files.isDirectory(Path.of("target", "portal"))) {
            try (var jars = Files.list(Path.of("target", "portal"))) {
                extracted = jars.filter(p -> p.getFileName().toString().matches("portal-.*\\.jar"))
                        .findFirst();
            }
        }
        for (int i = 0; i < STARTS; i++) {
            try (App app = Apps.minimal(minimalClasspath, work)) {
                seconds.computeIfAbsent("minimal", k -> new ArrayList<>()).add(app.awaitHttp200("/"));
            }
            for (var portal : portals.entrySet()) {
                try (var stripe = new WebhookIngest.StripeStub();
                        App app = Apps.portalOnH2(portal.getKey(), portal.getValue(), work, stripe.base())) {
                    seconds.computeIfAbsent(portal.getKey(), k -> new ArrayList<>())
                            .add(app.awaitHttp200("/"));
                }
            }
            if (extracted.isPresent()) {
                try (var stripe = new WebhookIngest.StripeStub();
                        App app = Apps.portal(
                                "this build, extracted, with -XX:AOTCache=target/portal.aot",
                                extracted.get(),
                                work,
                                stripe.base(),
                                Apps.h2Url(work, "aot"),
                                List.of("-XX:AOTCache=" + aot.toAbsolutePath()))) {
                    seconds.computeIfAbsent("this build + AOT cache (scripts/start.sh)", k -> new ArrayList<>())
                            .add(app.awaitHttp200("/"));
                }
            }
        }
        report.starts(seconds);
    }

    /** {@code floor.portals} as label=jar pairs; by default the jar this build packaged. */
    private static Map<String, Path> portals() throws Exception {
        Map<String, Path> portals = new LinkedHashMap<>();
        String spec = System.getProperty("floor.portals", "");
        if (spec.isBlank()) {
            try (var jars = Files.list(Path.of("target"))) {
                Path jar = jars.filter(p -> p.getFileName().toString().matches("portal-.*\\.jar"))
                        .findFirst()
                        .orElseThrow(() ->
                                new IllegalStateException("No target/portal-*.jar: run ./mvnw -Pbenchmark verify"));
                portals.put("portal", jar);
            }
        } else {
            for (String pair : spec.split(",")) {
                String[] kv = pair.split("=", 2);
                portals.put(kv[0].trim(), Path.of(kv[1].trim()));
            }
        }
        return portals;
    }

    static String f(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }

    static String ratio(double portal, double minimal) {
        return minimal <= 0 ? "-" : String.format(Locale.ROOT, "%.2f×", portal / minimal);
    }

    /** Collects the figures and writes them as Markdown tables. */
    static final class Report {

        private final List<String> lines = new ArrayList<>();
        private final List<String> starts = new ArrayList<>();
        private final List<String> sessions = new ArrayList<>();
        private final List<String> webhooks = new ArrayList<>();

        void line(String text) {
            lines.add(text);
        }

        void starts(Map<String, List<Double>> seconds) {
            double minimal = median(seconds.get("minimal"));
            starts.add("| app | cold start to first HTTP 200, s (each run) | median s | ratio to minimal |");
            starts.add("|---|---|---|---|");
            seconds.forEach((app, s) -> starts.add(
                    "| " + app + " | " + s.stream().map(PortalFloorBenchmark::f).toList() + " | " + f(median(s)) + " | "
                            + ratio(median(s), minimal) + " |"));
        }

        void sessions(String app, Sessions.Result r, Sessions.Result minimal) {
            if (sessions.isEmpty()) {
                sessions.add(
                        "| app | live heap per session, KB | ratio | round trip p50 ms | ratio | p95 ms | ratio | click to page changed p50 / p95 ms | samples |");
                sessions.add("|---|---|---|---|---|---|---|---|---|");
            }
            sessions.add("| " + app + " | " + f(r.heapPerSessionKb()) + " | "
                    + ratio(r.heapPerSessionKb(), minimal.heapPerSessionKb())
                    + " | " + f(r.p50()) + " | " + ratio(r.p50(), minimal.p50()) + " | " + f(r.p95()) + " | "
                    + ratio(r.p95(), minimal.p95()) + " | " + f(r.clickP50()) + " / " + f(r.clickP95()) + " | "
                    + r.samples() + " |");
        }

        void webhooks(String app, String database, WebhookIngest.Result r) {
            if (webhooks.isEmpty()) {
                webhooks.add(
                        "| app | database | requests (unique + repeats) | answered in s | ingest events/s | all processed in s | processed events/s | errors | exactly once |");
                webhooks.add("|---|---|---|---|---|---|---|---|---|");
            }
            webhooks.add("| " + app + " | " + database + " | " + r.requests() + " (" + r.unique() + " + " + r.repeats()
                    + ") | "
                    + f(r.answeredSeconds()) + " | " + f(r.ingestPerSecond()) + " | " + f(r.processedSeconds()) + " | "
                    + f(r.processedPerSecond()) + " | " + r.errors() + " | "
                    + (r.problems().isEmpty() ? "yes" : String.join("; ", r.problems())) + " |");
        }

        void print(Path file) throws Exception {
            List<String> all = new ArrayList<>(lines);
            for (List<String> table : List.of(starts, sessions, webhooks)) {
                if (!table.isEmpty()) {
                    all.add("");
                    all.addAll(table);
                }
            }
            Files.write(file, all);
            System.out.println("\n==== portal floor benchmark ====\n" + String.join("\n", all) + "\n");
        }

        private static double median(List<Double> values) {
            return Sessions.percentile(values, 50);
        }
    }
}
