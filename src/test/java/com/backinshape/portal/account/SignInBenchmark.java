package com.backinshape.portal.account;

import com.backinshape.portal.PortalTest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * How long a sign-in takes with the production password hashing (bcrypt cost 12), through the same provider the sign-in
 * form uses (client limit, lockout count, password check, hash upgrade check): a measurement, not a pass/fail timing.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=SignInBenchmark}; the figures go to stdout and
 * target/benchmarks/sign-in.txt.
 */
@Tag("benchmark")
@RecordApplicationEvents
@TestPropertySource(properties = "app.security.bcrypt-cost=" + PasswordHashing.COST)
class SignInBenchmark extends PortalTest {

    static final int WARM_UP = 3;
    static final int RUNS = 20;

    @Autowired
    SignupService signup;

    @Autowired
    MemberAuthenticationProvider provider;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    ApplicationEvents events;

    @Test
    void sign_in_at_bcrypt_cost_12() throws IOException {
        String email = Members.uniqueEmail("bench");
        Members.verifiedMember(signup, events, "Bea", email);
        Map<String, IntConsumer> cases = new LinkedHashMap<>();
        cases.put("right password", run -> signIn(run, email, Members.PASSWORD));
        cases.put("wrong password", run -> {
            signIn(run, email, "not the password at all");
            attempts.recordSuccess(email); // so that the runs never reach the lockout
        });
        cases.put("email without an account", run -> signIn(run, Members.uniqueEmail("nobody"), Members.PASSWORD));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var report = new StringBuilder(String.format(
                Locale.ROOT,
                "Sign-in at bcrypt cost %d, %d runs after %d warm-up, %d cores, load average %.1f%n"
                        + "| case | median | p95 | max | median CPU time of the signing-in thread |%n",
                PasswordHashing.COST,
                RUNS,
                WARM_UP,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (var c : cases.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                c.getValue().accept(i);
            }
            List<Long> times = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                c.getValue().accept(i);
                times.add((System.nanoTime() - t) / 1_000_000);
                cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
            }
            times.sort(null);
            cpu.sort(null);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d ms | %d ms | %d ms | %d ms |%n",
                    c.getKey(),
                    times.get(RUNS / 2),
                    times.get((int) Math.ceil(RUNS * 0.95) - 1),
                    times.get(RUNS - 1),
                    cpu.get(RUNS / 2)));
        }
        System.out.println(report);
        Path out = Path.of("target/benchmarks/sign-in.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void signIn(int run, String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails("198.51.100." + (run % 200), null));
        try {
            provider.authenticate(attempt);
        } catch (AuthenticationException expectedForTheWrongOnes) {
            // a refused sign-in is measured the same
        }
    }
}
