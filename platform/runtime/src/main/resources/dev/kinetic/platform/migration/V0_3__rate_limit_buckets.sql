-- Token buckets of the request quotas (Bucket4j's PostgreSQL backend), shared by every replica of a service.
CREATE TABLE platform.rate_limit_bucket (
    id         VARCHAR(256) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_at ON platform.rate_limit_bucket (expires_at);
