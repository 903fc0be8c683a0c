package com.backinshape.portal.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findFirstByMemberIdAndStatusOrderByStartedAtDescIdDesc(long memberId, AssessmentStatus status);

    Optional<Assessment> findFirstByMemberIdAndStatusOrderByCompletedAtDescIdDesc(
            long memberId, AssessmentStatus status);

    List<Assessment> findByMemberIdAndStatusOrderByCompletedAtDescIdDesc(long memberId, AssessmentStatus status);

    List<Assessment> findByMemberIdOrderByStartedAtDescIdDesc(long memberId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from Assessment a where a.memberId = :memberId")
    int deleteByMember(long memberId);
}
