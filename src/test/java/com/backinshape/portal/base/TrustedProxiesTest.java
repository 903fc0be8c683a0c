package com.backinshape.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which client address the portal sees behind a proxy, with the portal's own server settings (application.properties)
 * in a real Tomcat: {@code X-Forwarded-For} counts only when the request comes from one of {@code APP_TRUSTED_PROXIES}.
 * (The whole portal is not needed: a servlet that answers the address it sees stands in for the rate limits that use
 * it.)
 */
class TrustedProxiesTest {

    @Test
    void a_spoofed_forwarded_for_header_from_an_untrusted_address_is_ignored() throws Exception {
        try (var server = start("10.0.0.0/8")) { // the tests' requests come from 127.0.0.1: not a proxy
            assertThat(clientAddressSeen(server, "203.0.113.9")).isEqualTo("127.0.0.1");
        }
        try (var server = start("")) { // nothing configured: no proxy trusted at all
            assertThat(clientAddressSeen(server, "203.0.113.9")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void a_trusted_proxy_names_the_client() throws Exception {
        try (var server = start("127.0.0.1/32")) {
            assertThat(clientAddressSeen(server, "203.0.113.9")).isEqualTo("203.0.113.9");
            // a client's own made-up entry before the proxy's is not believed: the proxy appends the real one
            assertThat(clientAddressSeen(server, "198.51.100.66, 203.0.113.9")).isEqualTo("203.0.113.9");
        }
    }

    private static ConfigurableApplicationContext start(String trustedProxies) {
        return new SpringApplicationBuilder(EchoServer.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "server.port=0",
                        "APP_TRUSTED_PROXIES=" + trustedProxies,
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn")
                .run();
    }

    private static String clientAddressSeen(ConfigurableApplicationContext server, String forwardedFor)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/client-address"))
                    .header("X-Forwarded-For", forwardedFor)
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    /**
     * Tomcat with the portal's server settings and one servlet answering the client address it sees (a plain
     * configuration, so the portal's own tests in this package still find the application, not this).
     */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
    static class EchoServer {

        @Bean
        ServletRegistrationBean<HttpServlet> clientAddress() {
            return new ServletRegistrationBean<>(
                    new HttpServlet() {
                        @Override
                        protected void doGet(HttpServletRequest request, HttpServletResponse response)
                                throws IOException {
                            response.getWriter().write(request.getRemoteAddr());
                        }
                    },
                    "/client-address");
        }
    }
}
