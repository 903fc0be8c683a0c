package com.backinshape.portal.programme.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrengthProgressRepository extends JpaRepository<StrengthProgress, Long> {

    Optional<StrengthProgress> findByMemberId(long memberId);
}
