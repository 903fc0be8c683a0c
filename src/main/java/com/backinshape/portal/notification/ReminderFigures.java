package com.backinshape.portal.notification;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many programme reminders were sent, for the clinic's retention view. No addresses, no bodies. */
@Component
public class ReminderFigures {

    private final EntityManager entities;

    ReminderFigures(EntityManager entities) {
        this.entities = entities;
    }

    /** Programme reminders the mail server accepted in [from, to). */
    @Transactional(readOnly = true)
    public long remindersSent(Instant from, Instant to) {
        return entities.createQuery("""
                        select count(e) from OutboxEmail e
                        where e.template = 'programme-reminder' and e.sentAt >= :from and e.sentAt < :to""", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
