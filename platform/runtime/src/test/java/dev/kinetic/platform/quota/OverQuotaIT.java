package dev.kinetic.platform.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import jakarta.inject.Inject;

/**
 * A client over its quota is refused from memory until its bucket holds a token again: without a round trip (so not
 * even a locked bucket row holds the answer up), and no longer than the bucket is empty.
 */
@PlatformFixtureTest
class OverQuotaIT {

    @Inject
    Quotas quotas;

    @Inject
    DataSource dataSource;

    @Test
    void aRefusedClientIsRefusedAgainWithoutTheDatabase() throws Exception {
        String client = "insistent-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(charge("crowd", client).allowed()).isTrue();
        }
        assertThat(charge("crowd", client).allowed()).isFalse();
        // The bucket's row locked by another transaction: a take that went to the database would wait for it.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM platform.rate_limit_bucket WHERE id = ? FOR UPDATE")) {
                lock.setString(1, Quotas.key("crowd", client));
                assertThat(lock.executeQuery().next()).isTrue();
            }
            QuotaDecision again = CompletableFuture.supplyAsync(() -> charge("crowd", client)).get(5, TimeUnit.SECONDS);
            assertThat(again.allowed()).isFalse();
            assertThat(again.remaining()).isZero();
            assertThat(again.retryAfterSeconds()).isBetween(700L, 720L); // a token of 5 an hour
            connection.rollback();
        }
    }

    @Test
    void aRefusedClientIsServedAgainOnceItsBucketHoldsAToken() throws Exception {
        String client = "patient-" + UUID.randomUUID();
        assertThat(charge("trickle", client).allowed()).isTrue();
        assertThat(charge("trickle", client).allowed()).isTrue();
        QuotaDecision refused = charge("trickle", client);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(refused.resetSeconds()).isBetween(3L, 4L);
        // One token after 2 s, long before the bucket is full again at 4 s.
        Thread.sleep(2_100);
        assertThat(charge("trickle", client).allowed()).isTrue();
        assertThat(charge("trickle", client).allowed()).isFalse();
    }

    private QuotaDecision charge(String policy, String client) {
        return RequestCharges.charge(quotas, policy, client);
    }
}
