-- A verification link carries the password hash of the signup that asked for it: confirming the link
-- sets that password, so whoever signed up first with someone else's address loses the account.
alter table account_token add column password_hash varchar(100);
