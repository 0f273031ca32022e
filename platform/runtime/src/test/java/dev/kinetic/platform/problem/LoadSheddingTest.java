package dev.kinetic.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LoadSheddingTest {

    @Test
    void admitsUpToTheLimitAndAgainOnceOneLeaves() {
        LoadShedding.InFlight inFlight = new LoadShedding.InFlight(2);
        assertThat(inFlight.tryEnter()).isTrue();
        assertThat(inFlight.tryEnter()).isTrue();
        assertThat(inFlight.tryEnter()).isFalse();
        inFlight.leave();
        assertThat(inFlight.tryEnter()).isTrue();
        assertThat(inFlight.current()).isEqualTo(2);
    }

    @Test
    void racingCallersNeverPassTheLimit() throws Exception {
        LoadShedding.InFlight inFlight = new LoadShedding.InFlight(5);
        AtomicInteger admitted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < 16; i++) {
                pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < 1000; n++) {
                        if (inFlight.tryEnter()) {
                            admitted.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(admitted.get()).isEqualTo(5);
        assertThat(inFlight.current()).isEqualTo(5);
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new LoadShedding.InFlight(0)).hasMessageContaining("kinetic.http.max-in-flight");
    }
}
