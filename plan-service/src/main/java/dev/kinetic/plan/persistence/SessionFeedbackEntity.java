package dev.kinetic.plan.persistence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "session_feedback")
@IdClass(SessionFeedbackEntity.Key.class)
public class SessionFeedbackEntity extends PanacheEntityBase {

    /** Composite key: plan and session. */
    public static class Key implements Serializable {
        public UUID planId;
        public int session;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(planId, k.planId) && session == k.session;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(planId, session);
        }
    }

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int session;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String feedback;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String reason;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
