package com.backinshape.portal.assessment;

import com.backinshape.portal.base.AppProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentConfig {

    @Bean
    StartBackWording startBackWording(
            @org.springframework.beans.factory.annotation.Value("${START_BACK_WORDING_FILE:}") String file) {
        return StartBackWording.fromFile(file);
    }

    @Bean
    ClinicalRules clinicalRules(AppProperties app, Clock clock) {
        return new ClinicalRules(app.clinic().phone(), clock);
    }
}
