package com.backinshape.portal.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

    @Test
    void production_refuses_to_start_on_h2_without_a_mail_host_base_url_or_admin() {
        var env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/portal");

        assertThatThrownBy(() -> new ProductionSettingsCheck(env).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("SPRING_MAIL_HOST")
                .hasMessageContaining("APP_BASE_URL")
                .hasMessageContaining("ADMIN_EMAIL");
    }

    @Test
    void production_refuses_a_plain_http_base_url_and_a_lowered_password_cost() {
        var env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/portal")
                .withProperty("spring.mail.host", "smtp.example.com")
                .withProperty("app.base-url", "http://members.backinshapeapp.com")
                .withProperty("app.admin.email", "clinic@backinshapeapp.com")
                .withProperty("app.security.bcrypt-cost", "10");

        assertThatThrownBy(() -> new ProductionSettingsCheck(env).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_BASE_URL must be an https:// address")
                .hasMessageContaining("bcrypt-cost");
    }

    @Test
    void production_starts_with_postgresql_smtp_a_public_address_and_an_admin() {
        var env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/portal")
                .withProperty("spring.mail.host", "smtp.example.com")
                .withProperty("app.base-url", "https://members.backinshapeapp.com")
                .withProperty("app.admin.email", "clinic@backinshapeapp.com")
                .withProperty("management.server.port", "9090");

        assertThatCode(() -> new ProductionSettingsCheck(env).afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void production_refuses_a_plain_http_address_and_metrics_on_the_public_port() {
        var env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/portal")
                .withProperty("spring.mail.host", "smtp.example.com")
                .withProperty("app.base-url", "http://members.backinshapeapp.com")
                .withProperty("app.admin.email", "clinic@backinshapeapp.com")
                .withProperty("server.port", "8080")
                .withProperty("management.server.port", "8080");

        assertThatThrownBy(() -> new ProductionSettingsCheck(env).afterPropertiesSet())
                .hasMessageContaining("APP_BASE_URL must be an https:// address")
                .hasMessageContaining("MANAGEMENT_PORT");
    }
}
