package com.backinshape.portal.assessment;

import com.backinshape.portal.base.AppProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentConfig {

    @Bean
    StartBackWording startBackWording(AssessmentProperties properties) {
        return StartBackWording.fromFile(properties.startBackWordingFile());
    }

    @Bean
    ClinicalRules clinicalRules(AppProperties app, Clock clock) {
        return new ClinicalRules(app.clinic().phone(), clock);
    }
}
