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
    ProgrammeRules programmeRules(ExerciseLibrary library) {
        return ProgrammeRules.current(library);
    }

    @Bean
    FreeProgrammePlanner freeProgrammePlanner(ExerciseLibrary library, ProgrammeRules rules) {
        return new FreeProgrammePlanner(library, rules);
    }

    @Bean
    StrengthPlan strengthPlan(ExerciseLibrary library) {
        return StrengthPlan.current(library);
    }
}
