-- Platform tables live in their own schema, beside each service's tables, in the service's own database.
CREATE SCHEMA IF NOT EXISTS platform;

-- Transactional outbox: rows commit with the state change they describe; the relay publishes them in id order.
CREATE TABLE platform.outbox_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    event_type   text        NOT NULL,
    source       text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    payload      text        NOT NULL,
    traceparent  text,
    published_at timestamptz
);
CREATE INDEX outbox_event_pending ON platform.outbox_event (id) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON platform.outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Inbox: one row per event a consumer has applied, written in the consumer's transaction.
CREATE TABLE platform.processed_event (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
