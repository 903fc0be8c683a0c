package com.backinshape.portal.billing;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.domain.StripeEventRecord;
import com.backinshape.portal.billing.domain.StripeEventRepository;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Stripe events as received, for clinic staff: list, payload, and replaying a failed one. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StripeEventAdministration {

    /** What became of an event; {@code RECEIVED}: not processed yet. */
    public enum Outcome {
        RECEIVED,
        PROCESSED,
        IGNORED_DUPLICATE,
        FAILED
    }

    public record Event(
            long id,
            String eventId,
            String type,
            Outcome outcome,
            Instant created,
            Instant receivedAt,
            @Nullable Long memberId,
            int repeats,
            @Nullable String error) {
        public String outcomeLabel() {
            return label(outcome.name());
        }
    }

    private final StripeEventRepository events;
    private final StripeEventProcessor processor;

    StripeEventAdministration(StripeEventRepository events, StripeEventProcessor processor) {
        this.events = events;
        this.processor = processor;
    }

    /** Newest received first; {@code outcome} null for all. */
    @Transactional(readOnly = true)
    public Slice<Event> page(@Nullable Outcome outcome, Pageable pageable) {
        var page = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
        return (outcome == null
                        ? events.findSliceBy(page)
                        : events.findSliceByStatus(StripeEventRecord.Status.valueOf(outcome.name()), page))
                .map(StripeEventAdministration::view);
    }

    /** The event's JSON as Stripe sent it, indented for reading. */
    @Transactional(readOnly = true)
    public String payload(long id) {
        String raw = existing(id).getPayload();
        try {
            return new GsonBuilder()
                    .setPrettyPrinting()
                    .serializeNulls()
                    .create()
                    .toJson(JsonParser.parseString(raw));
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /**
     * Processes a failed event again, in its own transaction; answers the event afterwards (processed, or failed again
     * with the new error). @throws InvalidInputException "form" unless the event failed
     */
    public Event replay(long id) {
        if (existing(id).getStatus() != StripeEventRecord.Status.FAILED) {
            throw InvalidInputException.of(InvalidInputException.FORM, "Only a failed event can be replayed.");
        }
        StripeEventRecord record = existing(id);
        try {
            processor.run(new StripeEventReceived(id, record.getType()));
        } catch (RuntimeException e) {
            // recorded on the event as FAILED with its error; the answer shows it
        }
        return view(existing(id));
    }

    static String label(String status) {
        return status.toLowerCase(Locale.ROOT)
                .replace("ignored_duplicate", "ignored as duplicate")
                .replace('_', ' ');
    }

    private StripeEventRecord existing(long id) {
        return events.findById(id)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.FORM, "There is no Stripe event " + id + "."));
    }

    private static Event view(StripeEventRecord e) {
        return new Event(
                e.requireId(),
                e.getEventId(),
                e.getType(),
                Outcome.valueOf(e.getStatus().name()),
                e.getStripeCreatedAt(),
                e.getReceivedAt(),
                e.getMemberId(),
                e.getRepeats(),
                e.getError());
    }
}
