package com.backinshape.portal.admin;

import com.backinshape.portal.OnPostgres;

/** {@link MembersGridBenchmark} on PostgreSQL 14 (embedded), as in production. */
@OnPostgres
class MembersGridPostgresBenchmark extends MembersGridBenchmark {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
