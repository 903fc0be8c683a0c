package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.OnPostgres;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account use cases again on real PostgreSQL, plus what depends on the database itself: the migrations and the
 * case-insensitive uniqueness of emails.
 */
@OnPostgres
class AccountsOnPostgresTest {

    @Nested
    class Signup extends SignupAndVerificationTest {}

    @Nested
    class SignInAndPasswords extends SignInAndPasswordTest {}

    @Nested
    class Constraints extends com.backinshape.portal.PortalTest {

        @Autowired
        MemberRepository members;

        @Autowired
        DataSource dataSource;

        @Test
        void the_database_is_postgresql() {
            String product = new JdbcTemplate(dataSource)
                    .execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            assertThat(product).isEqualTo("PostgreSQL");
        }

        @Test
        void the_database_refuses_two_accounts_for_one_email_in_different_capitals() {
            String email = Members.uniqueEmail("pg");
            members.saveAndFlush(new Member("A", email, "{noop}x", Role.MEMBER, START, "v", "v"));

            assertThatThrownBy(() -> members.saveAndFlush(
                            new Member("B", email.toUpperCase(), "{noop}x", Role.MEMBER, START, "v", "v")))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }
}
