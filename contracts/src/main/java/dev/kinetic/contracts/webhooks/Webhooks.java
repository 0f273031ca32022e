package dev.kinetic.contracts.webhooks;

import java.util.List;

import dev.kinetic.contracts.EventTypes;

/**
 * Partner webhooks (Standard Webhooks): the event types a partner may subscribe to, the headers of a delivery and
 * the schema its body follows. plan-service sends them; the partner client verifies them.
 */
public final class Webhooks {

    /** What a subscription may name: the CloudEvents types of {@code plan-events}. */
    public static final List<String> EVENT_TYPES = List.of(EventTypes.PLAN_GENERATED, EventTypes.PLAN_ADJUSTED,
            EventTypes.PLAN_PAUSED);
    /** Sent on request to check an endpoint; never subscribed to. */
    public static final String PING = "dev.kinetic.webhook.ping.v1";

    /** The message id: the plan event's id, the same on every attempt, so receivers drop duplicates by it. */
    public static final String ID_HEADER = "webhook-id";
    /** Seconds since the epoch when the attempt was signed; receivers refuse old ones (replays). */
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    /** Space-separated {@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}: one per valid secret. */
    public static final String SIGNATURE_HEADER = "webhook-signature";
    /** Prefix of a signing secret; the rest is its base64 key. */
    public static final String SECRET_PREFIX = "whsec_";

    /** The body of every delivery follows this schema. */
    public static final String SCHEMA_RESOURCE = "/schemas/webhook.v1.json";

    private Webhooks() {
    }
}
