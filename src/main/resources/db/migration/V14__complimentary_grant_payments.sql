-- What a complimentary grant did to the member's live subscription: PAUSE (collection paused until the
-- grant ends), MOVE_RENEWAL (the next renewal pushed past the grant), KEEP (charged as usual); null when
-- the member had no live subscription.
alter table billing_complimentary_grant add column payments varchar(20);
