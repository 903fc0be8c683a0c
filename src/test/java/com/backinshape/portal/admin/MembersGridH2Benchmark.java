package com.backinshape.portal.admin;

/** {@link MembersGridBenchmark} on H2 (PostgreSQL mode), as in development. */
class MembersGridH2Benchmark extends MembersGridBenchmark {

    @Override
    String database() {
        return "H2";
    }
}
