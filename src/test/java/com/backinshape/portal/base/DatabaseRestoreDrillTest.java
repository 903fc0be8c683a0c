package com.backinshape.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The restore drill of the operations guide, with its scripts, on a real PostgreSQL: back up the portal's database,
 * lose it, restore the backup into a new one, and start on it (Flyway accepts the restored schema, as at the portal's
 * start) with the members still there. Needs pg_dump and pg_restore (Debian's postgresql-client; {@code .ci/run}
 * installs it) or {@code PG_BIN}.
 */
class DatabaseRestoreDrillTest {

    @TempDir
    Path dir;

    @Test
    void a_backup_restores_into_a_new_database_after_a_loss_and_the_portal_starts_on_it_with_its_members()
            throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            JdbcClient admin = JdbcClient.create(server.getPostgresDatabase());
            admin.sql("create database portal").update();
            DataSource portal = server.getDatabase("postgres", "portal");
            migrate(portal);
            Instant now = Instant.parse("2026-11-26T10:00:00Z");
            JdbcClient.create(portal)
                    .sql("""
                    insert into member (first_name, email, email_key, password_hash, role, created_at, terms_version,
                                        terms_accepted_at, health_consent_version, health_consent_at)
                    values ('Rosa', 'rosa@example.com', 'rosa@example.com', '{noop}x', 'MEMBER', ?, 'v1', ?, 'v1', ?)""")
                    .params(List.of(
                            now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)))
                    .update();
            Path backup = dir.resolve("backups/portal.dump");
            Map<String, String> connection = Map.of(
                    "PGHOST",
                    "localhost",
                    "PGPORT",
                    String.valueOf(server.getPort()),
                    "PGUSER",
                    "postgres",
                    "PGDATABASE",
                    "portal");

            run(connection, "scripts/db-backup.sh", backup.toString());
            assertThat(backup).isNotEmptyFile();

            admin.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'portal'")
                    .query()
                    .listOfRows();
            admin.sql("drop database portal").update();
            admin.sql("create database portal").update();
            run(connection, "scripts/db-restore.sh", backup.toString());

            DataSource restored = server.getDatabase("postgres", "portal");
            migrate(restored); // what the portal does first at start: the restored history must match the migrations
            assertThat(JdbcClient.create(restored)
                            .sql("select first_name from member where email_key = 'rosa@example.com'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Rosa");
            assertThat(JdbcClient.create(restored)
                            .sql("select count(*) from flyway_schema_history where success")
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .validateOnMigrate(true)
                .load()
                .migrate();
    }

    private void run(Map<String, String> env, String script, String file) throws IOException, InterruptedException {
        var process = new ProcessBuilder("bash", script, file).redirectErrorStream(true);
        process.environment().putAll(env);
        process.environment().remove("DATABASE_URL");
        String pgBin = System.getenv("PG_BIN");
        if (pgBin != null && !pgBin.isBlank()) {
            process.environment()
                    .put("PATH", pgBin + ":" + process.environment().get("PATH"));
        }
        Process p = process.start();
        boolean done = p.waitFor(2, TimeUnit.MINUTES);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as(script + " finished").isTrue();
        assertThat(p.exitValue()).as(script + " failed:\n" + output).isZero();
    }
}
