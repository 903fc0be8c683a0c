package com.backinshape.portal.billing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplimentaryGrantRepository extends JpaRepository<ComplimentaryGrant, Long> {
    List<ComplimentaryGrant> findByMemberId(long memberId);

    List<ComplimentaryGrant> findByMemberIdIn(Collection<Long> memberIds);

    @Query("select g from ComplimentaryGrant g where g.revokedAt is null and g.validUntil > :now")
    List<ComplimentaryGrant> findValidAt(Instant now);
}
