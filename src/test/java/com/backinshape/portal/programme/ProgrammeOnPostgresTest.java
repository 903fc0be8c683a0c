package com.backinshape.portal.programme;

import com.backinshape.portal.OnPostgres;
import org.junit.jupiter.api.Nested;

/**
 * The programme, session-log and strength use cases again on real PostgreSQL (pain and feedback check constraints, JSON
 * text, the premium tables).
 */
@OnPostgres
class ProgrammeOnPostgresTest {

    @Nested
    class Programme extends ProgrammeServiceTest {}

    @Nested
    class Strength extends StrengthServiceTest {}
}
