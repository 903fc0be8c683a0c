package com.backinshape.portal.billing.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplimentaryGrantRepository extends JpaRepository<ComplimentaryGrant, Long> {
    List<ComplimentaryGrant> findByMemberId(long memberId);
}
