-- An endpoint's deliveries waiting for a retry: releasing them when the endpoint answers again reads only these
-- (none while it is healthy), not every pending delivery of the endpoint.
CREATE INDEX webhook_delivery_retrying ON webhook_delivery (endpoint_id, next_attempt_at) WHERE status = 'pending' AND attempts > 0;
