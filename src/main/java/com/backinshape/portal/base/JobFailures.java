package com.backinshape.portal.base;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where a scheduled job reports a failed run: a warning in the log and one more on the counter
 * {@code portal.jobs.failed{job=...}}, which operators alert on.
 */
@Component
public class JobFailures {

    public static final String METRIC = "portal.jobs.failed";
    private static final Logger log = LoggerFactory.getLogger(JobFailures.class);
    private final MeterRegistry registry;

    JobFailures(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    public void record(String job, RuntimeException e) {
        log.warn("Scheduled job {} failed: {}", job, e.getMessage());
        Counter.builder(METRIC)
                .description("Scheduled job runs that failed")
                .tag("job", job)
                .register(registry)
                .increment();
    }
}
