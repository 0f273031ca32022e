package dev.kinetic.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

    @Test
    void failuresAboutTheRecordItselfArePermanent() {
        assertThat(DeliveryFailure.isPermanent(new ExecutionException(new RecordTooLargeException("1500000 bytes")))).isTrue();
        assertThat(DeliveryFailure.isPermanent(new InvalidTopicException("bad name"))).isTrue();
    }

    @Test
    void failuresThatMayPassWithTimeAreRetried() {
        assertThat(DeliveryFailure.isPermanent(new ExecutionException(new NotLeaderOrFollowerException("moving")))).isFalse();
        assertThat(DeliveryFailure.isPermanent(new TimeoutException("broker down"))).isFalse();
        // An operator can fix an ACL: keep retrying rather than set every event aside.
        assertThat(DeliveryFailure.isPermanent(new ExecutionException(new TopicAuthorizationException("no write")))).isFalse();
    }

    @Test
    void theReasonNamesTheFailureWithoutAStackTrace() {
        assertThat(DeliveryFailure.reason(new ExecutionException(new RecordTooLargeException("too big"))))
                .isEqualTo("RecordTooLargeException: too big");
        assertThat(DeliveryFailure.reason(new RecordTooLargeException("y".repeat(5000)))).hasSize(1000);
    }
}
