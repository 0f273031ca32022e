package dev.kinetic.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VertxLoadTest extends LoadGeneratorContract {

    @Override
    LoadGenerator generator(Path reports) {
        return new VertxLoad();
    }

    @Test
    void requestsBeyondTheInFlightLimitAreDroppedAndCounted() throws Exception {
        URI uri = serve(1, () -> Thread.sleep(200));
        LoadResult result;
        try (VertxLoad bounded = new VertxLoad(5)) {
            result = bounded.run(new Target("overload", "GET", uri, Map.of(), null), 100, Duration.ofSeconds(1));
        }
        assertThat(result.dropped()).isGreaterThan(50);
        assertThat(result.succeeded() + result.failed() + result.dropped()).isEqualTo(result.due());
    }
}
