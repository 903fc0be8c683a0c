package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.PersonalDataExported;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.PersonalData;
import com.backinshape.portal.base.RateLimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data" and an admin's subject-access request: one ZIP with a JSON file per feature and a readable
 * summary, streamed as it is written. Asking for it is rate-limited (members) and audited (the admin feature records
 * it); asking hands out a single-use ticket, valid for a few minutes, that the download itself redeems, so a download
 * link can neither be reused nor forged.
 */
@Service
public class PersonalDataExport {

    /** How many downloads a member may ask for per day. */
    static final int PER_DAY = 5;

    static final Duration TICKET_VALID = Duration.ofMinutes(10);
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A granted download: whose data, for whom. */
    private record Ticket(long subjectId, long issuedTo, Instant expires) {}

    private final List<PersonalData.Contributor> contributors;
    private final CurrentMember currentMember;
    private final RateLimiter limiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    PersonalDataExport(
            List<PersonalData.Contributor> contributors,
            CurrentMember currentMember,
            RateLimiter limiter,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(PersonalData.Contributor::order))
                .toList();
        this.currentMember = currentMember;
        this.limiter = limiter;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in member asks for their own data: answers a ticket for {@link #write}.
     *
     * @throws RateLimitedException after {@value #PER_DAY} requests in a day
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public String requestOwn() {
        long memberId = currentMember.requireId();
        if (!limiter.tryAcquire("personal-data:member:" + memberId, PER_DAY, Duration.ofDays(1))) {
            throw new RateLimitedException(
                    "You have downloaded your data " + PER_DAY + " times today. Please try again tomorrow.");
        }
        events.publishEvent(new PersonalDataExported(memberId, memberId, null));
        return issue(memberId, memberId);
    }

    /**
     * An admin's subject-access request for {@code memberId}; the caller (the admin feature) records the reason in its
     * audit log in the same transaction. Answers a ticket for {@link #write}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String requestFor(long memberId, String reason) {
        events.publishEvent(new PersonalDataExported(memberId, currentMember.requireId(), reason));
        return issue(memberId, currentMember.requireId());
    }

    /**
     * Streams the ZIP of the ticket's member to {@code out}; the ticket works once, for whom it was issued.
     *
     * @throws InvalidInputException ("form") for an unknown, used, expired or someone else's ticket
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(String ticket, OutputStream out) {
        Ticket t = tickets.remove(ticket);
        if (t == null
                || t.issuedTo() != currentMember.requireId()
                || clock.instant().isAfter(t.expires())) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM, "This download link has expired: ask for the data again.");
        }
        writeZip(t.subjectId(), out);
    }

    /** The file name the download gets, e.g. {@code back-in-shape-data-42.zip}. */
    public static String fileName(long memberId) {
        return "back-in-shape-data-" + memberId + ".zip";
    }

    private String issue(long subjectId, long issuedTo) {
        Instant now = clock.instant();
        tickets.values().removeIf(t -> now.isAfter(t.expires()));
        String id = UUID.randomUUID().toString();
        tickets.put(id, new Ticket(subjectId, issuedTo, now.plus(TICKET_VALID)));
        return id;
    }

    private void writeZip(long memberId, OutputStream out) {
        try {
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            var summary = new StringBuilder("Everything Back in Shape holds about you (member #" + memberId
                    + "), as of " + com.backinshape.portal.base.TimeConfig.DATE_TIME.format(clock.instant())
                    + ".\nEach section below is also in its own JSON file in this ZIP.\n");
            for (PersonalData.Contributor contributor : contributors) {
                PersonalData.Part part = contributor.personalData(memberId);
                zip.putNextEntry(new ZipEntry(part.file() + ".json"));
                zip.write(JSON.writeValueAsBytes(part.data()));
                zip.closeEntry();
                summary.append("\n== ")
                        .append(part.title())
                        .append(" (")
                        .append(part.file())
                        .append(".json) ==\n");
                part.summary().forEach(line -> summary.append(line).append('\n'));
            }
            zip.putNextEntry(new ZipEntry("summary.txt"));
            zip.write(summary.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
