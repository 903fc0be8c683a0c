package com.backinshape.portal.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ClinicianClearanceRepository extends JpaRepository<ClinicianClearance, Long> {

    Optional<ClinicianClearance> findFirstByMemberIdOrderByConfirmedAtDescIdDesc(long memberId);

    List<ClinicianClearance> findByMemberIdOrderByConfirmedAtDescIdDesc(long memberId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from ClinicianClearance c where c.memberId = :memberId")
    int deleteByMember(long memberId);
}
