package com.backinshape.portal.notification;

import com.backinshape.portal.OnPostgres;

/** The same reminders on real PostgreSQL: the migration, the outbox's unique key, overlapping runs. */
@OnPostgres
class ProgrammeRemindersOnPostgresTest extends ProgrammeRemindersTest {}
