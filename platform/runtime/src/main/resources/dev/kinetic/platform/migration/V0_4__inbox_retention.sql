-- Inbox rows are forgotten after a retention period (Inbox.forget), oldest first.
CREATE INDEX processed_event_by_age ON platform.processed_event (consumer, processed_at);
