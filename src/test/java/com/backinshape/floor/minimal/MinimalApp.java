package com.backinshape.floor.minimal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The reference the portal is measured against ({@code PortalFloorBenchmark}): the same stack (Spring Boot, Vaadin in
 * production mode, Spring Security with Vaadin's configurer, JPA on H2, Spring Modulith on the class path) with one
 * view: a text field, a button and one database write. It lives in the test sources only, so it is never part of the
 * portal's jar or its routes.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class MinimalApp implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MinimalApp.class, args);
    }

    @Bean
    VaadinServiceInitListener noteViewAtTheRoot() {
        return event -> RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute("", NoteView.class);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                c -> c.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }
}
