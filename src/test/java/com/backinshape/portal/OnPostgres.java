package com.backinshape.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link PortalTest} against a real PostgreSQL (embedded, one server per test JVM, shared by all such tests and
 * their one Spring context) instead of H2. The same Flyway migrations create the schema.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = OnPostgres.Initializer.class)
public @interface OnPostgres {

    final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static EmbeddedPostgres server;
        private static int contexts;

        /** Starts the server for the first context that needs it. */
        private static synchronized EmbeddedPostgres acquire() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
                }
            }
            contexts++;
            return server;
        }

        /** Stops the server once the last context using it has closed (so no pool outlives it). */
        private static synchronized void release() {
            if (--contexts == 0 && server != null) {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the test JVM is ending
                }
                server = null;
            }
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            EmbeddedPostgres server = acquire();
            // registered before any bean, so destroyed after all of them (the connection pool first)
            ((org.springframework.beans.factory.support.DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgresLease", Initializer::release);
            TestPropertyValues.of(
                            "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres",
                            // the embedded server's own shutdown hook may stop it before this context closes:
                            // then closing must not wait 30 s for a connection
                            "spring.datasource.hikari.connection-timeout=2000",
                            "spring.datasource.hikari.validation-timeout=1000")
                    .applyTo(context.getEnvironment());
        }
    }
}
