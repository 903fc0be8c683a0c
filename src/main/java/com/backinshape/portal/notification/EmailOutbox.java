package com.backinshape.portal.notification;

import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send an email: render it and record it in the outbox, in the caller's transaction. The sender delivers
 * it later and retries when the mail server fails. Call it from an event listener ({@code @ApplicationModuleListener}),
 * never from a view.
 */
@Service
public class EmailOutbox {

    /** The domain of every Message-ID the portal makes. */
    static final String MESSAGE_ID_DOMAIN = "backinshapeapp.com";

    private final OutboxEmailRepository emails;
    private final MailTemplates templates;
    private final AppProperties app;
    private final Clock clock;

    EmailOutbox(OutboxEmailRepository emails, MailTemplates templates, AppProperties app, Clock clock) {
        this.emails = emails;
        this.templates = templates;
        this.app = app;
        this.clock = clock;
    }

    /**
     * Records one email, unless an email with this key exists already: then nothing happens, so an event delivered
     * twice still makes one email.
     *
     * @param key unique per email, e.g. {@code verify-link:42} (at most 200 characters)
     * @param memberId the member it is about, if any
     * @param to the recipient's address
     * @param subject the subject line
     * @param template the name of {@code templates/mail/html/NAME.html} and {@code templates/mail/text/NAME.txt}; they
     *     also see {@code clinic}, {@code subject} and {@code baseUrl}
     * @param model what the templates show (escaped in HTML); never health information
     * @return true when the email was recorded, false when the key was already there
     */
    @Transactional
    public boolean enqueue(
            String key, @Nullable Long memberId, String to, String subject, String template, Map<String, ?> model) {
        if (key.isBlank() || key.length() > OutboxEmail.KEY_MAX) {
            throw new IllegalArgumentException("An email key must have 1 to " + OutboxEmail.KEY_MAX + " characters");
        }
        if (emails.existsByDedupKey(key)) {
            return false;
        }
        Map<String, Object> all = new HashMap<>(model);
        all.put("clinic", app.clinic());
        all.put("subject", subject);
        all.put("baseUrl", app.baseUrl().toString());
        MailTemplates.Rendered rendered = templates.render(template, all);
        return emails.insertIfAbsent(
                        key,
                        memberId,
                        to.strip(),
                        subject,
                        template,
                        rendered.html(),
                        rendered.text(),
                        messageId(key),
                        clock.instant())
                == 1;
    }

    /**
     * Records one non-essential email (reminders, check-ins): as {@link #enqueue}, and it carries
     * {@code List-Unsubscribe: <unsubscribeUrl>} with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC
     * 8058). The templates see {@code preferencesLink} for their footer.
     */
    @Transactional
    public boolean enqueueUnsubscribable(
            String key,
            @Nullable Long memberId,
            String to,
            String subject,
            String template,
            Map<String, ?> model,
            String unsubscribeUrl) {
        if (!enqueue(key, memberId, to, subject, template, model)) {
            return false;
        }
        emails.setListUnsubscribe(key, unsubscribeUrl);
        return true;
    }

    /** The same key always gives the same Message-ID, e.g. {@code <3f2a...@backinshapeapp.com>}. */
    static String messageId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest).substring(0, 40) + "@" + MESSAGE_ID_DOMAIN + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
