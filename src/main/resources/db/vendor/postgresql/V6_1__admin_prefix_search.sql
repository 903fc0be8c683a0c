-- PostgreSQL only: LIKE 'abc%' uses a b-tree index only with a pattern operator class (unless the
-- database collation is C). The admin grid searches members by email or first-name prefix.
create index member_email_key_prefix on member (email_key varchar_pattern_ops);
create index member_first_name_lower_prefix on member (lower(first_name) varchar_pattern_ops);
