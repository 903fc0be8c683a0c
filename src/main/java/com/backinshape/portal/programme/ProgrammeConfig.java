package com.backinshape.portal.programme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exercise library, the free-programme rules and the premium strength plan, loaded (and checked) once at start. */
@Configuration(proxyBeanMethods = false)
class ProgrammeConfig {

    @Bean
    ExerciseLibrary exerciseLibrary() {
        return ExerciseLibrary.current();
    }

    @Bean
    FreeProgrammePlanner freeProgrammePlanner(ExerciseLibrary library) {
        return new FreeProgrammePlanner(library, ProgrammeRules.current(library));
    }

    @Bean
    StrengthPlan strengthPlan(ExerciseLibrary library) {
        return StrengthPlan.v1(library);
    }
}
