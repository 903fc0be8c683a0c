package com.backinshape.portal.assessment;

import com.backinshape.portal.OnPostgres;
import org.junit.jupiter.api.Nested;

/**
 * The questionnaire use cases (which also build and suspend programmes) again on real PostgreSQL: the V3 migration,
 * JSON text columns, constraints.
 */
@OnPostgres
class AssessmentOnPostgresTest {

    @Nested
    class Questionnaire extends AssessmentServiceTest {}
}
