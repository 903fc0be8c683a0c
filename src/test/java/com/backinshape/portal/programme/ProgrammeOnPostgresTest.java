package com.backinshape.portal.programme;

import com.backinshape.portal.OnPostgres;
import org.junit.jupiter.api.Nested;

/** The programme and session-log use cases again on real PostgreSQL (pain and feedback check constraints, JSON text). */
@OnPostgres
class ProgrammeOnPostgresTest {

    @Nested
    class Programme extends ProgrammeServiceTest {
    }
}
