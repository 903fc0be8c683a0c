package com.backinshape.portal.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    List<SessionLog> findByMemberIdOrderByLoggedAtAscIdAsc(long memberId);

    /** The member's latest whole-session logs of the free programme, newest first. */
    List<SessionLog> findByMemberIdAndExerciseIdIsNullOrderByLoggedAtDescIdDesc(long memberId,
                                                                               org.springframework.data.domain.Limit limit);

    long countByMemberId(long memberId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from SessionLog l where l.memberId = :memberId")
    int deleteByMember(long memberId);
}
