package com.backinshape.portal.base;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Accepts the database address most hosting platforms give, {@code DATABASE_URL} in the form
 * {@code postgres://user:password@host:port/database?sslmode=require}, as the portal's database: it is translated to
 * {@code spring.datasource.url} ({@code jdbc:postgresql://host:port/database?...}), username and password.
 * {@code SPRING_DATASOURCE_URL} (and its username and password), when set, win. Registered in
 * {@code META-INF/spring.factories}.
 */
public class DatabaseUrlSetting implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "databaseUrl";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String databaseUrl = environment.getProperty("DATABASE_URL", "");
        if (databaseUrl.isBlank()
                || !environment.getProperty("SPRING_DATASOURCE_URL", "").isBlank()) {
            return;
        }
        Map<String, Object> settings = new HashMap<>();
        Jdbc jdbc = toJdbc(databaseUrl);
        settings.put("spring.datasource.url", jdbc.url());
        if (jdbc.username() != null
                && environment.getProperty("SPRING_DATASOURCE_USERNAME", "").isBlank()) {
            settings.put("spring.datasource.username", jdbc.username());
        }
        if (jdbc.password() != null
                && environment.getProperty("SPRING_DATASOURCE_PASSWORD", "").isBlank()) {
            settings.put("spring.datasource.password", jdbc.password());
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, settings));
    }

    /** After the configuration files are read, so this wins over their {@code spring.datasource.*}. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    record Jdbc(
            String url,
            @org.jspecify.annotations.Nullable String username,
            @org.jspecify.annotations.Nullable String password) {}

    /**
     * {@code postgres://u:p@host:5432/db?x=y} (or {@code postgresql://}) as a JDBC URL plus account; a JDBC URL as it
     * is.
     */
    static Jdbc toJdbc(String databaseUrl) {
        String value = databaseUrl.trim();
        if (value.startsWith("jdbc:")) {
            return new Jdbc(value, null, null);
        }
        URI uri = URI.create(value);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgres:// or postgresql://");
        }
        if (uri.getHost() == null
                || uri.getRawPath() == null
                || uri.getRawPath().length() < 2) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must name the host and the database: postgres://user:password@host:5432/database");
        }
        String url = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : 5432)
                + uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        String username = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            username = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new Jdbc(url, username, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
