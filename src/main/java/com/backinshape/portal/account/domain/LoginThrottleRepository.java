package com.backinshape.portal.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {
}
