package dev.kinetic.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;

/** The inbox recognises a repeat, and forgets only what is older than the retention it is given. */
@PlatformFixtureTest
class InboxIT {

    @Inject
    Inbox inbox;

    private boolean first(String consumer, String id) {
        return QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(consumer, id));
    }

    @Test
    void aRepeatIsRecognisedUntilItIsForgotten() {
        String consumer = "inbox-it-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        assertThat(first(consumer, id)).isTrue();
        assertThat(first(consumer, id)).isFalse();
        assertThat(first("another-" + consumer, id)).as("per consumer").isTrue();

        assertThat(inbox.forget(consumer, OffsetDateTime.now().minusHours(1))).as("nothing that old").isZero();
        assertThat(first(consumer, id)).isFalse();
        assertThat(inbox.forget(consumer, OffsetDateTime.now().plusSeconds(1))).isEqualTo(1);
        assertThat(first(consumer, id)).isTrue();
    }
}
