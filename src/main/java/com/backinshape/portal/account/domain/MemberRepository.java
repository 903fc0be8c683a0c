package com.backinshape.portal.account.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    boolean existsByRole(Role role);

    /** Sets a new password hash only if the stored one is still {@code oldHash}; answers the rows changed. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update Member m set m.passwordHash = :newHash where m.id = :id and m.passwordHash = :oldHash")
    int replacePasswordHash(long id, String oldHash, String newHash);
}
