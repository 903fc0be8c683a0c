package com.backinshape.portal.notification;

import com.backinshape.portal.OnPostgres;

/** The same locks on real PostgreSQL (the lock table's migration, its time functions, its unique key). */
@OnPostgres
class JobsRunOnceOnPostgresTest extends JobsRunOnceTest {}
