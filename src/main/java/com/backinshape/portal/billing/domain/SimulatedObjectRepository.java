package com.backinshape.portal.billing.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SimulatedObjectRepository extends JpaRepository<SimulatedObject, String> {}
