package com.backinshape.portal.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email's two parts from {@code templates/mail/html/NAME.html} and {@code templates/mail/text/NAME.txt}. It
 * keeps its own template engine, not a bean: a {@code SpringTemplateEngine} bean would replace Boot's web engine, which
 * the landing page uses.
 */
@Component
class MailTemplates {

    record Rendered(String html, String text) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver("html/*", ".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("text/*", ".txt", TemplateMode.TEXT, 2));
    }

    Rendered render(String template, Map<String, ?> model) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Not a template name: " + template);
        }
        @SuppressWarnings("unchecked")
        var context = new Context(Locale.UK, (Map<String, Object>) model);
        return new Rendered(engine.process("html/" + template, context), engine.process("text/" + template, context));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, String suffix, TemplateMode mode, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
