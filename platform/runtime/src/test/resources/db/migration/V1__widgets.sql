-- A stand-in aggregate and consumer side effect, used only to prove the platform's mechanisms.
CREATE TABLE widget (
    id      text PRIMARY KEY,
    name    text    NOT NULL,
    version integer NOT NULL
);

CREATE TABLE widget_effect (
    event_id      text PRIMARY KEY,
    widget_id     text    NOT NULL,
    version       integer NOT NULL,
    received_seq  bigint GENERATED ALWAYS AS IDENTITY
);
