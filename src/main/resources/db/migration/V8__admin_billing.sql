-- Admin console over billing: each Stripe event names the member it is about (for the member's
-- subscription timeline), and the events list pages newest first.
alter table billing_stripe_event add column member_id bigint;
create index billing_stripe_event_member on billing_stripe_event (member_id, stripe_created_at);
create index billing_subscription_status on billing_subscription (status, tier);
