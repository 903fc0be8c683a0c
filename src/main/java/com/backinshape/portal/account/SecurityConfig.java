package com.backinshape.portal.account;

import com.backinshape.portal.account.ui.LoginView;
import com.backinshape.portal.base.AppProperties;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Web security: Vaadin's configurer for the views (each view carries its own access annotation), the public pages
 * rendered outside Vaadin, and method security for the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Where Stripe posts its events: served by {@link #webhookFilterChain}, outside the members' chain. */
    static final String STRIPE_WEBHOOK = "/stripe/webhook";

    /** Served to anyone: the landing and legal pages, static files, health, error page. */
    static final String[] PUBLIC_PATHS = {
        "/",
        "/terms",
        "/privacy",
        "/cookies",
        "/styles/**",
        "/images/**",
        "/favicon.ico",
        "/robots.txt",
        "/error",
        "/actuator/health",
        "/actuator/health/liveness",
        "/actuator/health/readiness",
        "/livez",
        "/readyz",
        "/email-preferences/unsubscribe"
    };

    /** Features of the browser no page of the portal uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    /**
     * Where signing in leads when no members' page was asked for first (a page first asked for, e.g. {@code /programme}
     * opened while signed out, is returned to instead). The one place that decides where a successful sign-in goes.
     */
    static final String AFTER_SIGN_IN = "/home";

    /**
     * Stripe's webhook: a machine caller proving itself by the payload's signature (checked by billing), so no session
     * is read or created, no CSRF token asked for and no request saved for after a sign-in. Its own chain, matched
     * first, keeps each of Stripe's requests to a few filters, and a burst of events never touches the members'
     * sessions.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain webhookFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(STRIPE_WEBHOOK)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, Environment environment)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS).permitAll());
        http.csrf(c -> c.ignoringRequestMatchers("/email-preferences/unsubscribe"));
        http.sessionManagement(
                s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?ended"));
        http.headers(h -> h.contentSecurityPolicy(
                        csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-src 'self'; "
                                        + "frame-ancestors 'self'; form-action 'self' https://checkout.stripe.com https://billing.stripe.com"))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            // production answers on https only (its APP_BASE_URL must be https): every answer says so, also
            // the ones a proxy forwarded over plain http inside the platform
            http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                    .includeSubDomains(true)));
        } else {
            http.headers(h -> h.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable));
        }
        // Every other request reaches Vaadin, whose navigation access control checks each view's own
        // annotation (anonymous visitors of a members' view are sent to sign in) and whose 404 page
        // answers a mistyped article link, instead of a sign-in page. The portal has no other endpoints:
        // the paths above and the webhook are all it serves outside Vaadin.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                c -> c.loginView(LoginView.class, "/")
                        .defaultSuccessUrl(AFTER_SIGN_IN)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    /** bcrypt at cost 12 ({@code app.security.bcrypt-cost} exists for the tests' speed only). */
    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties properties) {
        return PasswordHashing.encoder(properties.bcryptCost());
    }

    /**
     * The session cookie is {@code Secure} when the portal's address is https (always in production), so a browser
     * never sends it over plain http. {@code SameSite=Lax} is set in application.properties.
     */
    @Bean
    ServletContextInitializer secureSessionCookie(AppProperties app) {
        return sessionCookie(app.baseUrl());
    }

    static ServletContextInitializer sessionCookie(URI baseUrl) {
        return servletContext ->
                servletContext.getSessionCookieConfig().setSecure("https".equalsIgnoreCase(baseUrl.getScheme()));
    }

    /** Signed-in sessions, checked on each request against the member's "sessions valid from" time in the database. */
    @Bean
    SessionRegistry sessionRegistry(JdbcClient jdbc, SessionProperties properties) {
        return new MemberSessionRegistry(jdbc, properties.checkEvery());
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }
}
