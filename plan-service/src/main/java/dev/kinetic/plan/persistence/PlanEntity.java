package dev.kinetic.plan.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "plan")
public class PlanEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String partner;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** The request's hash, for plans created with an Idempotency-Key (null without one). */
    @Column(name = "request_hash")
    public String requestHash;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int version;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "upcoming_exercises", nullable = false, columnDefinition = "text[]")
    public String[] upcomingExercises;

    @Column(name = "last_feedback_session", nullable = false)
    public int lastFeedbackSession;

    @Column(name = "catalog_version", nullable = false)
    public long catalogVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
