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
@Table(name = "webhook_endpoint")
public class WebhookEndpointEntity extends PanacheEntityBase {

    public static final String ENABLED = "enabled";
    public static final String DISABLED = "disabled";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String partner;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public String[] eventTypes;

    public String description;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The endpoint if {@code partner} owns it. */
    public static java.util.Optional<WebhookEndpointEntity> owned(UUID id, String partner) {
        return WebhookEndpointEntity.<WebhookEndpointEntity>findByIdOptional(id).filter(e -> e.partner.equals(partner));
    }
}
