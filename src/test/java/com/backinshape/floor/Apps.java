package com.backinshape.floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starts the portal and the minimal app as separate production JVMs on loopback, and stops them. */
final class Apps {

    /** The same heap limit for both, so the collector behaves alike. */
    static final List<String> JVM = List.of("-Xmx1g", "-Xms256m");

    /**
     * Extra JVM options for the portal only ({@code -Dfloor.portal-jvm="-XX:StartFlightRecording=..."}), to profile it.
     */
    static final List<String> PORTAL_JVM =
            List.of(System.getProperty("floor.portal-jvm", "").trim().split("\\s+")).stream()
                    .filter(option -> !option.isEmpty())
                    .toList();

    private Apps() {}

    /** A running app: its process, port and database; closing stops it (SIGTERM, then kill after 20 s). */
    static final class App implements AutoCloseable {
        final String name;
        final Process process;
        final int port;
        final String jdbcUrl;
        final String jdbcUser;
        final String jdbcPassword;
        private final long started = System.nanoTime();

        App(String name, Process process, int port, String jdbcUrl, String jdbcUser, String jdbcPassword) {
            this.name = name;
            this.process = process;
            this.port = port;
            this.jdbcUrl = jdbcUrl;
            this.jdbcUser = jdbcUser;
            this.jdbcPassword = jdbcPassword;
        }

        String url(String path) {
            return "http://localhost:" + port + path;
        }

        Connection jdbc() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
        }

        /** Polls {@code path} every 50 ms; answers the seconds from the process start to its first 200. */
        double awaitHttp200(String path) throws InterruptedException {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            name + " ended with " + process.exitValue() + " before answering; see its log");
                }
                try {
                    var response = http.send(
                            HttpRequest.newBuilder(URI.create(url(path)))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException(name + " did not answer 200 on " + path + " within 4 minutes");
        }

        /**
         * Live heap in bytes: a class histogram of live objects, which runs a full GC first (twice, the second read).
         */
        long liveHeap(Path saveHistogramTo) throws IOException, InterruptedException {
            jcmd("GC.class_histogram");
            String histogram = jcmd("GC.class_histogram");
            if (saveHistogramTo != null) {
                Files.writeString(saveHistogramTo, histogram);
            }
            for (String line : histogram.lines().toList().reversed()) {
                if (line.startsWith("Total")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[2]);
                }
            }
            throw new IllegalStateException("No total in the class histogram of " + name);
        }

        String jcmd(String command) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(process.pid()),
                            command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(2, TimeUnit.MINUTES);
            return out;
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The minimal app's class path: its classes (copied out of the test classes, so nothing else of the tests comes
     * along), the portal jar's production front-end bundle and build info, and its own libraries (extracted with Spring
     * Boot's jar tools), so both run on exactly the same stack.
     */
    static Path prepareMinimal(Path portalJar, Path work) throws IOException, InterruptedException {
        Path extracted = work.resolve("portal-extracted");
        deleteTree(extracted);
        Process extract = new ProcessBuilder(
                        java(),
                        "-Djarmode=tools",
                        "-jar",
                        portalJar.toString(),
                        "extract",
                        "--destination",
                        extracted.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("extract.log").toFile())
                .start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("Could not extract " + portalJar + ": see " + work.resolve("extract.log"));
        }
        Path classes = work.resolve("minimal-app");
        deleteTree(classes);
        copyTree(
                Path.of("target", "test-classes", "com", "backinshape", "floor", "minimal"),
                classes.resolve("com/backinshape/floor/minimal"));
        try (var jar = new java.util.zip.ZipFile(portalJar.toFile())) {
            for (var entry : java.util.Collections.list(jar.entries())) {
                if (entry.getName().startsWith("META-INF/VAADIN/") && !entry.isDirectory()) {
                    Path target = classes.resolve(entry.getName());
                    Files.createDirectories(target.getParent());
                    try (var in = jar.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return classes;
    }

    static App minimal(Path classes, Path work) throws IOException {
        int port = freePort();
        Path db = work.resolve("minimal-db");
        deleteTree(db);
        String url = "jdbc:h2:file:" + db.toAbsolutePath().resolve("notes") + ";AUTO_SERVER=TRUE";
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM);
        command.addAll(List.of(
                "-cp",
                classes.toAbsolutePath() + java.io.File.pathSeparator
                        + work.resolve("portal-extracted/lib").toAbsolutePath() + "/*",
                "com.backinshape.floor.minimal.MinimalApp",
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--spring.jpa.hibernate.ddl-auto=create",
                "--spring.jpa.open-in-view=false",
                "--spring.flyway.enabled=false",
                "--spring.modulith.events.jdbc.schema-initialization.enabled=true",
                "--vaadin.allowed-packages=com.backinshape.floor.minimal",
                "--vaadin.launch-browser=false",
                "--server.compression.enabled=true",
                "--server.servlet.session.timeout=30m",
                "--logging.level.org.atmosphere=warn"));
        return start("minimal", command, work, port, url, "sa", "");
    }

    static String h2Url(Path work, String label) throws IOException {
        Path db = work.resolve("portal-db-" + label.replaceAll("[^A-Za-z0-9]", ""));
        deleteTree(db);
        return "jdbc:h2:file:" + db.toAbsolutePath().resolve("portal")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    static App portalOnH2(String label, Path jar, Path work, String stripeBase) throws IOException {
        return portal(label, jar, work, stripeBase, h2Url(work, label), List.of());
    }

    static App portalOnPostgres(String label, Path jar, Path work, String stripeBase, String jdbcUrl)
            throws IOException {
        return portal(label + " on PostgreSQL", jar, work, stripeBase, jdbcUrl, List.of());
    }

    /** The portal jar as the Procfile runs it, in Stripe mode against the benchmark's Stripe stub. */
    static App portal(String label, Path jar, Path work, String stripeBase, String jdbcUrl, List<String> jvmOptions)
            throws IOException {
        int port = freePort();
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql");
        String user = postgres ? "postgres" : "sa";
        String password = postgres ? "postgres" : "";
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM);
        command.addAll(PORTAL_JVM);
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--app.base-url=http://localhost:" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                // every benchmark session signs in from this machine's one address
                "--app.security.sign-ins-per-client=1000"));
        ProcessBuilder builder = new ProcessBuilder(command);
        var env = builder.environment();
        env.put("STRIPE_SECRET_KEY", "sk_test_floor_benchmark");
        env.put("STRIPE_WEBHOOK_SECRET", WebhookIngest.SECRET);
        env.put("STRIPE_API_BASE", stripeBase);
        env.put("STRIPE_PRICE_PREMIUM_MONTHLY", "price_floor_pm");
        env.put("STRIPE_PRICE_PREMIUM_YEARLY", "price_floor_py");
        env.put("STRIPE_PRICE_PREMIUM_PLUS_MONTHLY", "price_floor_ppm");
        env.put("STRIPE_PRICE_PREMIUM_PLUS_YEARLY", "price_floor_ppy");
        env.put("ADMIN_PASSWORD", "floor-admin-password");
        env.remove("SPRING_PROFILES_ACTIVE");
        return start(label, builder, work, port, jdbcUrl, user, password);
    }

    private static App start(
            String name, List<String> command, Path work, int port, String url, String user, String password)
            throws IOException {
        return start(name, new ProcessBuilder(command), work, port, url, user, password);
    }

    private static App start(
            String name, ProcessBuilder builder, Path work, int port, String url, String user, String password)
            throws IOException {
        Path log = work.resolve(name.replaceAll("[^A-Za-z0-9.-]+", "-") + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile()).directory(work.toFile());
        return new App(name, builder.start(), port, url, user, password);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
