package dev.kinetic.plan.persistence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "webhook_attempt")
@IdClass(WebhookAttemptEntity.Key.class)
public class WebhookAttemptEntity extends PanacheEntityBase {

    public record Key(UUID deliveryId, int attempt) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    public int latencyMs;

    public String error;
}
