package dev.kinetic.plan.application;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import dev.kinetic.contracts.webhooks.Webhooks;
import dev.kinetic.plan.config.WebhookConfig;
import dev.kinetic.plan.persistence.WebhookDeliveryStore;
import dev.kinetic.plan.persistence.WebhookEndpointEntity;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A partner's webhook endpoints: subscribe, list, read, delete, rotate the secret, enable again. */
@ApplicationScoped
public class WebhookSubscriptions {

    public static final Duration MAX_OVERLAP = Duration.ofDays(7);

    private final WebhookAddresses addresses;
    private final WebhookDeliveryStore deliveries;
    private final WebhookConfig config;
    private final Clock clock;

    public WebhookSubscriptions(WebhookAddresses addresses, WebhookDeliveryStore deliveries, WebhookConfig config, Clock clock) {
        this.addresses = addresses;
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    /** Adds an endpoint for {@code partner}; every problem of the request at once. */
    @Transactional
    public WebhookCreated subscribe(String partner, String url, List<String> eventTypes, String description) {
        List<Violation> violations = new ArrayList<>();
        addresses.problemWith(url).ifPresent(p -> violations.add(new Violation("url", p)));
        if (eventTypes == null || eventTypes.isEmpty()) {
            violations.add(new Violation("eventTypes", "name at least one of " + Webhooks.EVENT_TYPES));
        } else {
            for (int i = 0; i < eventTypes.size(); i++) {
                if (!Webhooks.EVENT_TYPES.contains(eventTypes.get(i))) {
                    violations.add(new Violation("eventTypes[" + i + "]", "unknown event type; known: " + Webhooks.EVENT_TYPES));
                }
            }
        }
        RequestChecks.reject(violations);
        if (WebhookEndpointEntity.count("partner", partner) >= config.maxEndpointsPerPartner()) {
            throw new ProblemException(WebhookProblems.TOO_MANY_ENDPOINTS, "A partner may have " + config.maxEndpointsPerPartner()
                    + " webhook endpoints; delete one first");
        }
        OffsetDateTime now = now();
        WebhookEndpointEntity endpoint = new WebhookEndpointEntity();
        endpoint.id = UUID.randomUUID();
        endpoint.partner = partner;
        endpoint.url = url;
        endpoint.eventTypes = new LinkedHashSet<>(eventTypes).toArray(String[]::new);
        endpoint.description = description;
        endpoint.secret = WebhookSigning.newSecret();
        endpoint.status = WebhookEndpointEntity.ENABLED;
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        endpoint.persist();
        return new WebhookCreated(endpoint.id, endpoint.url, List.of(endpoint.eventTypes), endpoint.description, endpoint.status,
                now.toInstant(), endpoint.secret);
    }

    @Transactional
    public Page<WebhookView> list(String partner, int page, int size) {
        var query = WebhookEndpointEntity.<WebhookEndpointEntity>find("partner = ?1 order by createdAt, id", partner);
        return new Page<>(query.page(page, size).list().stream().map(WebhookView::of).toList(), page, size, query.count());
    }

    @Transactional
    public WebhookView get(String partner, UUID id) {
        return WebhookView.of(owned(partner, id));
    }

    /** The endpoint itself (its secrets included), for sending to it. */
    @Transactional
    public WebhookEndpointEntity endpoint(String partner, UUID id) {
        return owned(partner, id);
    }

    /** Removes the endpoint and its delivery log; nothing more is sent to it. */
    @Transactional
    public void delete(String partner, UUID id) {
        owned(partner, id).delete();
    }

    /** A new secret; the current one keeps signing too for {@code overlap}, so receivers can switch without a gap. */
    @Transactional
    public SecretRotated rotate(String partner, UUID id, Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw ProblemException.invalid("overlapSeconds", "must be between 0 and " + MAX_OVERLAP.toSeconds());
        }
        WebhookEndpointEntity endpoint = owned(partner, id);
        OffsetDateTime now = now();
        endpoint.previousSecret = overlap.isZero() ? null : endpoint.secret;
        endpoint.previousSecretExpiresAt = overlap.isZero() ? null : now.plus(overlap);
        endpoint.secret = WebhookSigning.newSecret();
        endpoint.updatedAt = now;
        return new SecretRotated(endpoint.secret, WebhookView.instant(endpoint.previousSecretExpiresAt));
    }

    /** A disabled endpoint takes deliveries again (the failed ones can be redelivered from the log). */
    @Transactional
    public WebhookView enable(String partner, UUID id) {
        WebhookEndpointEntity endpoint = owned(partner, id);
        endpoint.status = WebhookEndpointEntity.ENABLED;
        endpoint.disabledReason = null;
        endpoint.disabledAt = null;
        endpoint.updatedAt = now();
        return WebhookView.of(endpoint);
    }

    /** Turns an endpoint off for a reason its owner will read; its waiting deliveries fail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disable(WebhookEndpointEntity endpoint, String reason) {
        endpoint.status = WebhookEndpointEntity.DISABLED;
        endpoint.disabledReason = reason;
        endpoint.disabledAt = now();
        endpoint.updatedAt = endpoint.disabledAt;
        deliveries.failPending(endpoint.id);
    }

    static WebhookEndpointEntity owned(String partner, UUID id) {
        // Another partner's endpoint is as absent as one that does not exist.
        return WebhookEndpointEntity.owned(id, partner).orElseThrow(() -> ProblemException.notFound("No webhook endpoint " + id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
