package dev.kinetic.platform.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.testing.AllAtOnce;
import jakarta.inject.Inject;

/**
 * Takes from one bucket at once are sent to PostgreSQL together (batching), and the bucket stays exact: of many
 * requests arriving together, exactly its capacity pass, another client's bucket is its own, and a bucket whose row
 * was removed under its kept proxy is made again.
 */
@PlatformFixtureTest
class QuotaConcurrencyIT {

    private static final int CAPACITY = 5;

    @Inject
    Quotas quotas;

    @Inject
    DataSource dataSource;

    @Test
    void ofManyTakesAtOnceExactlyTheCapacityPass() throws Exception {
        String client = "crowd-" + UUID.randomUUID();
        assertThat(allowed(client, 40)).isEqualTo(CAPACITY);
        assertThat(allowed(client, 10)).isZero();
        assertThat(allowed("other-" + UUID.randomUUID(), 8)).isEqualTo(CAPACITY);
    }

    @Test
    void aBucketWhoseRowWasRemovedIsMadeAgain() throws Exception {
        String client = "crowd-" + UUID.randomUUID();
        assertThat(allowed(client, 2)).isEqualTo(2);
        // As the expiry of a bucket full again does, under the proxy kept for its client.
        try (var connection = dataSource.getConnection();
                var delete = connection.prepareStatement("DELETE FROM platform.rate_limit_bucket WHERE id = ?")) {
            delete.setString(1, Quotas.key("crowd", client));
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
        // Many at once, so they go as batches (a batch for a missing row fails in Bucket4j; a single take makes it).
        assertThat(allowed(client, 30)).isEqualTo(CAPACITY);
    }

    /** How many of {@code takes} charges of {@code client}, all released at once from their own threads, pass. */
    private int allowed(String client, int takes) throws Exception {
        return (int) AllAtOnce.run(takes, () -> RequestCharges.charge(quotas, "crowd", client).allowed())
                .stream().filter(allowed -> allowed).count();
    }
}
