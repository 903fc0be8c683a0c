-- Members' data rights: a member may withdraw consent to the use of their health information (their
-- health data is deleted then) and give it again later; null while consent stands.
alter table member add column health_consent_withdrawn_at timestamp with time zone;
