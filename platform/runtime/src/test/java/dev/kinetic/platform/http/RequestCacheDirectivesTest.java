package dev.kinetic.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.List;

import org.junit.jupiter.api.Test;
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

    @Test
    void namesFoldAndAQuotedZeroMustHoldADigit() {
        assertThat(RequestCacheDirectives.demandsOrigin("NO-CACHE")).isTrue();
        assertThat(RequestCacheDirectives.demandsOrigin("max-age=\"\"")).isFalse();
        assertThat(RequestCacheDirectives.demandsOrigin("max-age=\"")).isFalse();
    }

    /** Read in place, the header asks for the origin exactly when splitting it into directives says it does. */
    @Test
    void readingInPlaceAgreesWithSplittingOnGeneratedHeaders() {
        String[] pieces = { "no-cache", "No-Cache", "max-age", "MAX-AGE", "max-stale", "=", "0", "00", "1", "\"", ",", ", ", ";",
                " ", "\t", "x" };
        List<String> headers = GeneratedHeaders.of(7240, 20_000, pieces);
        for (String header : headers) {
            assertThat(RequestCacheDirectives.demandsOrigin(header)).as("[%s]", header).isEqualTo(bySplitting(header));
        }
        // Both answers come up often, or the agreement says little.
        assertThat(headers.stream().filter(RequestCacheDirectivesTest::bySplitting).count()).isBetween(500L, 19_500L);
    }

    /** The reading this class had before it read in place, kept as the reference. */
    private static boolean bySplitting(String cacheControl) {
        for (String directive : cacheControl.split(",")) {
            String[] nameAndValue = directive.split("=", 2);
            String name = nameAndValue[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("no-cache")) {
                return true;
            }
            if (name.equals("max-age") && nameAndValue.length == 2) {
                String seconds = nameAndValue[1].trim();
                if (seconds.length() > 1 && seconds.startsWith("\"") && seconds.endsWith("\"")) {
                    seconds = seconds.substring(1, seconds.length() - 1);
                }
                if (!seconds.isEmpty() && seconds.chars().allMatch(c -> c == '0')) {
                    return true;
                }
            }
        }
        return false;
    }
}
