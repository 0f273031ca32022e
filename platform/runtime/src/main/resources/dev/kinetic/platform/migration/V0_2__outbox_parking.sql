-- A row the broker can never accept (too large, invalid) is parked instead of blocking every row behind it.
ALTER TABLE platform.outbox_event ADD COLUMN parked_at timestamptz;
ALTER TABLE platform.outbox_event ADD COLUMN park_reason text;
DROP INDEX platform.outbox_event_pending;
CREATE INDEX outbox_event_pending ON platform.outbox_event (id) WHERE published_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON platform.outbox_event (id) WHERE parked_at IS NOT NULL;
