package com.backinshape.portal.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    List<SessionLog> findByMemberIdOrderByLoggedAtAscIdAsc(long memberId);

    long countByMemberId(long memberId);
}
