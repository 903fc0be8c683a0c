package com.backinshape.portal.notification;

import com.backinshape.portal.base.DevTools;
import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dev mailbox shows: every email in the outbox, sent or not. Only on a developer's machine (no {@code prod}
 * profile and no mail server, see {@link DevTools}), and its page answers requests from that machine only: it shows
 * every email, links included.
 */
@Service
@DevTools.Only
public class DevMailbox {

    public record Line(long id, String to, String subject, Instant createdAt, String status) {}

    public record Email(
            long id,
            String to,
            String subject,
            Instant createdAt,
            String status,
            String html,
            String text,
            List<String> links) {}

    private final OutboxEmailRepository emails;

    DevMailbox(OutboxEmailRepository emails) {
        this.emails = emails;
    }

    /** The newest first, one page at a time. */
    @PermitAll
    @Transactional(readOnly = true)
    public Slice<Line> latest(Pageable page) {
        return emails.findLatest(page)
                .map(s -> new Line(
                        s.id(),
                        s.toAddress(),
                        s.subject(),
                        s.createdAt(),
                        s.status().name()));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Email> find(long id) {
        return emails.findById(id).map(DevMailbox::toEmail);
    }

    private static Email toEmail(OutboxEmail e) {
        return new Email(
                e.requireId(),
                e.getToAddress(),
                e.getSubject(),
                e.getCreatedAt(),
                e.getStatus().name(),
                e.getHtmlBody(),
                e.getTextBody(),
                links(e.getHtmlBody()));
    }

    /** The web links of an email (not phone or mailto), each once, in order. */
    static List<String> links(String html) {
        var links = new LinkedHashSet<String>();
        Jsoup.parse(html).select("a[href]").forEach(a -> {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                links.add(href);
            }
        });
        return List.copyOf(links);
    }
}
