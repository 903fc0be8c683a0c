package com.backinshape.portal.account;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** When each member (not staff) joined, for the clinic's retention view by signup week. */
@Component
public class SignupCohorts {

    public record Joined(long memberId, Instant at) {}

    private final EntityManager entities;

    SignupCohorts(EntityManager entities) {
        this.entities = entities;
    }

    /** Members who joined in [from, to). */
    @Transactional(readOnly = true)
    public List<Joined> joinedBetween(Instant from, Instant to) {
        return entities
                .createQuery("""
                        select m.id, m.createdAt from Member m
                        where m.role = com.backinshape.portal.account.domain.Role.MEMBER
                          and m.createdAt >= :from and m.createdAt < :to""", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new Joined((Long) r[0], (Instant) r[1]))
                .toList();
    }
}
