package dev.kinetic.platform.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Query;

/**
 * Reads single-column native query results. A native query created with a result class gets a fresh result
 * mapping that never equals the cached one, so each call adds another query plan under the same hash: the plan
 * cache filled with thousands of colliding entries and a look-up cost a tenth of plan-service's CPU under load.
 * Untyped queries share one plan; the column's JDBC type (uuid → {@link UUID}) is kept.
 */
public final class NativeResults {

    private NativeResults() {
    }

    /** The rows of a query selecting one {@code uuid} column. */
    public static List<UUID> uuids(Query query) {
        return ((List<?>) query.getResultList()).stream().map(UUID.class::cast).toList();
    }
}
