package com.backinshape.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The platform's {@code DATABASE_URL} becomes the portal's datasource. */
class DatabaseUrlSettingTest {

    @Test
    void a_platforms_postgres_url_becomes_the_jdbc_url_username_and_password() {
        var env = new MockEnvironment()
                .withProperty(
                        "DATABASE_URL", "postgres://portal:s3cr%40t:x@db.internal.example:6543/members?sslmode=require")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/portal");

        new DatabaseUrlSetting().postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.internal.example:6543/members?sslmode=require");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("portal");
        assertThat(env.getProperty("spring.datasource.password")).isEqualTo("s3cr@t:x");
    }

    @Test
    void the_default_port_is_5432_and_postgresql_scheme_works_too() {
        assertThat(DatabaseUrlSetting.toJdbc("postgresql://u:p@db/portal").url())
                .isEqualTo("jdbc:postgresql://db:5432/portal");
    }

    @Test
    void spring_datasource_url_wins_when_both_are_set() {
        var env = new MockEnvironment()
                .withProperty("DATABASE_URL", "postgres://a:b@elsewhere:5432/other")
                .withProperty("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/portal")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/portal");

        new DatabaseUrlSetting().postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/portal");
    }

    @Test
    void a_url_of_another_kind_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> DatabaseUrlSetting.toJdbc("mysql://u:p@db:3306/portal"))
                .hasMessage("DATABASE_URL must start with postgres:// or postgresql://");
        assertThatThrownBy(() -> DatabaseUrlSetting.toJdbc("postgres://u:p@db:5432"))
                .hasMessageContaining("must name the host and the database");
    }
}
