-- One row per scheduled job: the instance that holds it runs the job; the others skip that run
-- (ShedLock's JDBC provider, times from the database's clock).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
