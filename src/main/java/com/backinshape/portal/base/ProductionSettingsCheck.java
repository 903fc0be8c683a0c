package com.backinshape.portal.base;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production (profile {@code prod}) the portal refuses to start on the embedded database, without a mail server,
 * without an https {@code APP_BASE_URL}, without {@code ADMIN_EMAIL}, or with the management endpoints (metrics) on the
 * public port.
 */
@Component
@Profile("prod")
class ProductionSettingsCheck implements InitializingBean {

    private final Environment env;

    ProductionSettingsCheck(Environment env) {
        this.env = env;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:")) {
            problems.add("SPRING_DATASOURCE_URL must point at PostgreSQL (H2 is for development only)");
        }
        if (env.getProperty("spring.mail.host", "").isBlank()) {
            problems.add("SPRING_MAIL_HOST must name the SMTP server");
        }
        String baseUrl = env.getProperty("app.base-url", "");
        if (baseUrl.isBlank() || baseUrl.contains("localhost")) {
            problems.add("APP_BASE_URL must be the portal's public address");
        } else if (!baseUrl.startsWith("https://")) {
            // the session cookie is sent over https only, and browsers are told to use nothing else (HSTS)
            problems.add("APP_BASE_URL must be an https:// address");
        }
        if (env.getProperty("app.security.bcrypt-cost", Integer.class, 12) < 12) {
            problems.add("app.security.bcrypt-cost must not be below 12");
        }
        String managementPort = env.getProperty("management.server.port", "");
        if (managementPort.isBlank() || managementPort.equals(env.getProperty("server.port", "8080"))) {
            problems.add("MANAGEMENT_PORT must be a port of its own (metrics are for operators only)");
        }
        if (env.getProperty("app.admin.email", "").isBlank()) {
            problems.add("ADMIN_EMAIL must name the first admin");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }
}
