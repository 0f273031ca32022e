-- The request's hash exists to tell a replay from a different request under the same Idempotency-Key, so only
-- a plan created with a key has one (hashing every request was 3 % of a plan's creation).
ALTER TABLE plan ALTER COLUMN request_hash DROP NOT NULL;
