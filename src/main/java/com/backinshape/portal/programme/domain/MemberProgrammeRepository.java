package com.backinshape.portal.programme.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberProgrammeRepository extends JpaRepository<MemberProgramme, Long> {

    Optional<MemberProgramme> findByMemberId(long memberId);
}
