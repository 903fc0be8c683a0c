package com.backinshape.portal.landing;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Cache headers for the portal's own static files ({@code frontend/styles} and {@code frontend/images}). A URL carrying
 * a content hash (such as the landing stylesheet, {@code /styles/landing-<md5>.css}) never changes, so phones keep it
 * for a year; plain names such as {@code /styles/portal.css} (loaded by Vaadin) are kept for a day and then
 * revalidated, so a release reaches everyone soon.
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesConfig implements WebMvcConfigurer {

    private static final CacheControl HASHED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl PLAIN =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/styles/landing-*.css")
                .addResourceLocations("classpath:/META-INF/resources/styles/")
                .setCacheControl(HASHED)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/styles/**")
                .addResourceLocations("classpath:/META-INF/resources/styles/")
                .setCacheControl(PLAIN)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/images/**")
                .addResourceLocations("classpath:/META-INF/resources/images/")
                .setCacheControl(PLAIN);
    }
}
