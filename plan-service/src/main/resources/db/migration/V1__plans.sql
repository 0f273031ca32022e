-- A plan (or a referral) a partner asked for; its versions hold the documents.
CREATE TABLE plan (
    id                    uuid        PRIMARY KEY,
    partner               text        NOT NULL,
    idempotency_key       text,
    request_hash          text        NOT NULL,
    outcome               text        NOT NULL CHECK (outcome IN ('plan', 'referral')),
    status                text        NOT NULL CHECK (status IN ('active', 'paused', 'referred')),
    version               int         NOT NULL,
    -- Exercises in sessions not yet reported on, so a retirement finds the plans it affects.
    upcoming_exercises    text[]      NOT NULL DEFAULT '{}',
    last_feedback_session int         NOT NULL DEFAULT 0,
    catalog_version       bigint      NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CONSTRAINT plan_idempotency UNIQUE (partner, idempotency_key)
);
CREATE INDEX plan_by_partner ON plan (partner, created_at DESC, id);
CREATE INDEX plan_active_by_exercise ON plan USING gin (upcoming_exercises) WHERE status = 'active';

-- Every version of a plan as served (PlanView JSON, deflated by the service) and what changed from the one before.
CREATE TABLE plan_version (
    plan_id    uuid        NOT NULL REFERENCES plan (id),
    version    int         NOT NULL,
    cause      text        NOT NULL,
    changes    jsonb       NOT NULL,
    document   bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (plan_id, version)
);
-- Already compressed: PostgreSQL should not try again.
ALTER TABLE plan_version ALTER COLUMN document SET STORAGE EXTERNAL;

-- Feedback on a session, once per session; the decision it led to.
CREATE TABLE session_feedback (
    plan_id      uuid        NOT NULL REFERENCES plan (id),
    session      int         NOT NULL,
    feedback     jsonb       NOT NULL,
    action       text        NOT NULL,
    reason       text        NOT NULL,
    plan_version int         NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (plan_id, session)
);
