package com.backinshape.portal.assessment;

import com.backinshape.portal.assessment.domain.AssessmentStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's latest completed questionnaire, for the check-in that invites a retake four weeks later. Dates and ids
 * only, never answers.
 */
@Component
public class LatestQuestionnaires {

    public record LatestQuestionnaire(long memberId, long assessmentId, Instant completedAt) {}

    private final EntityManager entities;

    LatestQuestionnaires(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The next batch, by member id after {@code afterMemberId}, of members whose latest questionnaire was completed
     * before {@code before}.
     */
    @Transactional(readOnly = true)
    public List<LatestQuestionnaire> completedBefore(Instant before, long afterMemberId, int limit) {
        return entities
                .createQuery("""
                        select a.memberId, a.id, a.completedAt from Assessment a
                        where a.status = :completed and a.memberId > :after and a.completedAt < :before
                          and a.completedAt = (select max(b.completedAt) from Assessment b
                                               where b.memberId = a.memberId and b.status = :completed)
                        order by a.memberId""", Object[].class)
                .setParameter("completed", AssessmentStatus.COMPLETED)
                .setParameter("after", afterMemberId)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new LatestQuestionnaire((Long) r[0], (Long) r[1], (Instant) r[2]))
                .toList();
    }
}
