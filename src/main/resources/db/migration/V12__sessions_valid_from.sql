-- Ending a member's sessions (password reset or change, disabling, erasing) moves this time; every
-- instance checks it on each request and signs out sessions that signed in before it moved.
alter table member add column sessions_valid_from timestamp with time zone;
