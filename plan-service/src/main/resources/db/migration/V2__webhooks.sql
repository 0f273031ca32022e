-- A partner's webhook endpoint. The secret signs deliveries (HMAC), so it is kept, not hashed; during a
-- rotation the previous secret signs too, until previous_secret_expires_at.
CREATE TABLE webhook_endpoint (
    id                         uuid        PRIMARY KEY,
    partner                    text        NOT NULL,
    url                        text        NOT NULL,
    event_types                text[]      NOT NULL,
    description                text,
    secret                     text        NOT NULL,
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    status                     text        NOT NULL CHECK (status IN ('enabled', 'disabled')),
    disabled_reason            text,
    disabled_at                timestamptz,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL
);
CREATE INDEX webhook_endpoint_by_partner ON webhook_endpoint (partner, created_at, id);

-- One message to one endpoint; message_id is the webhook-id header (the plan event's id), once per endpoint.
CREATE TABLE webhook_delivery (
    id              uuid        PRIMARY KEY,
    endpoint_id     uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    message_id      text        NOT NULL,
    event_type      text        NOT NULL,
    payload         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    -- Held by the replica sending it until then (a crashed replica's claim runs out); never sent twice at once.
    claimed_until   timestamptz,
    first_attempt_at timestamptz,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, message_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
-- An endpoint's waiting and in-flight deliveries (per-endpoint concurrency, releasing a backlog).
CREATE INDEX webhook_delivery_pending_by_endpoint ON webhook_delivery (endpoint_id, next_attempt_at) WHERE status = 'pending';
-- Deliveries in flight (claimed): few at any time, since settling clears the claim.
CREATE INDEX webhook_delivery_in_flight ON webhook_delivery (endpoint_id) WHERE claimed_until IS NOT NULL;
CREATE INDEX webhook_delivery_by_endpoint ON webhook_delivery (endpoint_id, created_at DESC, id);

-- Every attempt: what the receiver answered and how long it took.
CREATE TABLE webhook_attempt (
    delivery_id  uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt      int         NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code  int,
    latency_ms   int         NOT NULL,
    error        text,
    PRIMARY KEY (delivery_id, attempt)
);
