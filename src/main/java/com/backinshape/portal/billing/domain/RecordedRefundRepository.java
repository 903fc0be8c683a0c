package com.backinshape.portal.billing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordedRefundRepository extends JpaRepository<RecordedRefund, Long> {
    Optional<RecordedRefund> findByChargeId(String chargeId);

    List<RecordedRefund> findByMemberId(long memberId);
}
