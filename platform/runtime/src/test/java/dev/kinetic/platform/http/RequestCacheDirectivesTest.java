package dev.kinetic.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestCacheDirectivesTest {

    @ParameterizedTest
    @ValueSource(strings = { "no-cache", "No-Cache", " no-cache ", "max-age=0", "max-age=\"0\"", "max-age=000",
            "no-transform, no-cache", "max-stale=5, max-age=0", "no-cache=\"ignored\"" })
    void noCacheOrAZeroMaxAgeAsksForTheOrigin(String header) {
        assertThat(RequestCacheDirectives.demandsOrigin(header)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "max-age=60", "max-age=10", "max-age=", "max-age", "no-store-ish", "max-stale=0",
            "only-if-cached", "no-transform", "x-no-cache" })
    void anythingElseLetsTheServiceAnswerFromMemory(String header) {
        assertThat(RequestCacheDirectives.demandsOrigin(header)).isFalse();
    }
}
