package com.backinshape.portal.account;

import com.backinshape.portal.account.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web security: Vaadin's configurer for the views (each view carries its own access annotation),
 * the public pages rendered outside Vaadin, and method security for the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Served to anyone: the landing and legal pages, static files, health, error page, webhooks. */
    static final String[] PUBLIC_PATHS = {
            "/", "/terms", "/privacy", "/cookies", "/styles/**", "/images/**", "/favicon.ico", "/robots.txt",
            "/error", "/actuator/health", "/stripe/webhook"
    };

    /**
     * Where signing in leads when no members' page was asked for first (a page first asked for, e.g.
     * {@code /programme} opened while signed out, is returned to instead). The one place that decides
     * where a successful sign-in goes.
     */
    static final String AFTER_SIGN_IN = "/home";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS).permitAll());
        http.csrf(c -> c.ignoringRequestMatchers("/stripe/webhook"));
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?ended"));
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-src 'self'; "
                        + "frame-ancestors 'self'; form-action 'self' https://checkout.stripe.com https://billing.stripe.com")));
        // Every other request reaches Vaadin, whose navigation access control checks each view's own
        // annotation (anonymous visitors of a members' view are sent to sign in) and whose 404 page
        // answers a mistyped article link, instead of a sign-in page. The portal has no other endpoints:
        // the paths above are all it serves outside Vaadin.
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class, "/")
                .defaultSuccessUrl(AFTER_SIGN_IN)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
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
