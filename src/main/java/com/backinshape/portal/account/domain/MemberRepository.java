package com.backinshape.portal.account.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    boolean existsByRole(Role role);
}
