package com.backinshape.portal.programme.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MemberProgrammeRepository extends JpaRepository<MemberProgramme, Long> {

    Optional<MemberProgramme> findByMemberId(long memberId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from MemberProgramme p where p.memberId = :memberId")
    int deleteByMember(long memberId);
}
