package com.backinshape.portal.admin;

import com.backinshape.portal.OnPostgres;
import org.junit.jupiter.api.Nested;

/** The hash chain (row locks under parallel appends) and the admins' second factor on real PostgreSQL. */
@OnPostgres
class AuditAndSecondFactorOnPostgresTest {

    @Nested
    class Chain extends AuditChainTest {}

    @Nested
    class SecondFactors extends SecondFactorTest {}
}
