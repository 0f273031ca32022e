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
@Table(name = "plan_version")
@IdClass(PlanVersionEntity.Key.class)
public class PlanVersionEntity extends PanacheEntityBase {

    /** Composite key: plan and version. */
    public static class Key implements Serializable {
        public UUID planId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(planId, k.planId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(planId, version);
        }
    }

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int version;

    @Column(nullable = false)
    public String cause;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String changes;

    /** The plan as served at this version: PlanView as JSON, in the zlib format (see platform.json.CompressedJson). */
    @Column(nullable = false)
    public byte[] document;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
