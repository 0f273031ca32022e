package dev.kinetic.platform.http;

import static dev.kinetic.platform.http.ContentCodings.DEFLATE;
import static dev.kinetic.platform.http.ContentCodings.GZIP;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentCodingsTest {

    @Test
    void aNamedCodingWithoutAWeightOrWithAPositiveOneIsTaken() {
        assertThat(ContentCodings.chosen("gzip, deflate, br", GZIP, DEFLATE)).contains(GZIP);
        assertThat(ContentCodings.chosen("DEFLATE", GZIP, DEFLATE)).contains(DEFLATE);
        assertThat(ContentCodings.chosen("gzip;q=0.4, deflate ; q=0.5", GZIP, DEFLATE)).contains(DEFLATE);
        assertThat(ContentCodings.chosen("deflate;q=0.5, gzip;q=0.5", GZIP, DEFLATE)).contains(GZIP);
    }

    @Test
    void aWildcardTakesAnyCodingItDoesNotName() {
        assertThat(ContentCodings.chosen("*", GZIP, DEFLATE)).contains(GZIP);
        assertThat(ContentCodings.chosen("br, *;q=0.1", DEFLATE)).contains(DEFLATE);
        assertThat(ContentCodings.chosen("gzip;q=0, *", GZIP, DEFLATE)).contains(DEFLATE);
        assertThat(ContentCodings.chosen("gzip;q=0, deflate;q=0, *", GZIP, DEFLATE)).isEmpty();
    }

    @Test
    void noHeaderAnotherCodingOrAZeroWeightTakesNone() {
        assertThat(ContentCodings.chosen(null, GZIP, DEFLATE)).isEmpty();
        assertThat(ContentCodings.chosen("", GZIP, DEFLATE)).isEmpty();
        assertThat(ContentCodings.chosen("br", GZIP, DEFLATE)).isEmpty();
        assertThat(ContentCodings.chosen("identity", GZIP, DEFLATE)).isEmpty();
        assertThat(ContentCodings.chosen("gzip;q=0, deflate;q=0.000", GZIP, DEFLATE)).isEmpty();
        assertThat(ContentCodings.chosen("*;q=0", GZIP, DEFLATE)).isEmpty();
        assertThat(ContentCodings.chosen("gzipped, deflatex", GZIP, DEFLATE)).isEmpty();
    }

    @Test
    void anUnreadableOrOutOfRangeWeightRefusesThatCoding() {
        assertThat(ContentCodings.weight("gzip;q=high", GZIP)).isZero();
        assertThat(ContentCodings.weight("gzip;q=2", GZIP)).isZero();
        assertThat(ContentCodings.weight("gzip;q=-1", GZIP)).isZero();
        assertThat(ContentCodings.weight("gzip;level=1", GZIP)).isEqualTo(1.0);
    }
}
