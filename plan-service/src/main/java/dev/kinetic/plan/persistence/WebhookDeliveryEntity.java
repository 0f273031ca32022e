package dev.kinetic.plan.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    public UUID id;

    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;

    @Column(name = "first_attempt_at")
    public OffsetDateTime firstAttemptAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
