package com.backinshape.portal.rights;

import com.backinshape.portal.OnPostgres;
import org.junit.jupiter.api.Nested;

/** The data rights use cases again on real PostgreSQL, where the deletes and the schema scan meet its catalogue. */
@OnPostgres
class DataRightsOnPostgresTest {

    @Nested
    class Erasure extends ErasureCompletenessTest {}

    @Nested
    class Withdrawal extends ConsentWithdrawalTest {}

    @Nested
    class Retention extends RetentionJobsTest {}
}
