package dev.kinetic.platform.http;

import static dev.kinetic.platform.http.ContentCodings.DEFLATE;
import static dev.kinetic.platform.http.ContentCodings.GZIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

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
    void tokensAreReadAroundSpacesAndEmptyElementsAndByTheirFirstWeight() {
        assertThat(ContentCodings.weight(" \tGZip ;\tQ=0.3 , deflate", GZIP)).isEqualTo(0.3);
        assertThat(ContentCodings.weight("br,,gzip;level=1;q=0.25;q=0.9,", GZIP)).isEqualTo(0.25);
        assertThat(ContentCodings.weight("gzip;", GZIP)).isEqualTo(1.0);
        assertThat(ContentCodings.weight("gzip;q=0.2, gzip;q=0.7", GZIP)).isEqualTo(0.7);
        assertThat(ContentCodings.weight(",", GZIP)).isZero();
        // An element of parameters alone names nothing (splitting such a header threw, and the read was a 500).
        assertThat(ContentCodings.weight("gzip,;", GZIP)).isEqualTo(1.0);
        assertThat(ContentCodings.weight(";;", GZIP)).isZero();
        // Only ASCII letters fold: a dotted capital I is not an i.
        assertThat(ContentCodings.weight("gz\u0130p", GZIP)).isZero();
    }

    /** The header read in place weighs every coding as splitting it into elements and parameters does. */
    @Test
    void readingInPlaceAgreesWithSplittingOnGeneratedHeaders() {
        String alphabet = "gzipdeflatGZIPDEFLAT*;,=qQ0123456789. \t\u0130";
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                // Mostly whole tokens, so that named codings and weights come up often.
                switch (random.nextInt(6)) {
                    case 0 -> header.append("gzip");
                    case 1 -> header.append(";q=0.").append(random.nextInt(10));
                    case 2 -> header.append(", ");
                    default -> header.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            for (String coding : new String[] { GZIP, DEFLATE }) {
                assertThat(ContentCodings.weight(header.toString(), coding)).as("%s in [%s]", coding, header)
                        .isEqualTo(bySplitting(header.toString(), coding));
            }
        }
    }

    private static double bySplitting(String header, String coding) {
        double named = -1;
        double any = -1;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String name = parts.length == 0 ? "" : parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].trim();
                if (parameter.length() > 2 && Character.toLowerCase(parameter.charAt(0)) == 'q' && parameter.charAt(1) == '=') {
                    try {
                        double value = Double.parseDouble(parameter.substring(2).trim());
                        q = value >= 0 && value <= 1 ? value : 0;
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                    break;
                }
            }
            if (name.equals(coding)) {
                named = Math.max(named, q);
            } else if (name.equals("*")) {
                any = Math.max(any, q);
            }
        }
        return named >= 0 ? named : Math.max(any, 0);
    }

    @Test
    void anUnreadableOrOutOfRangeWeightRefusesThatCoding() {
        assertThat(ContentCodings.weight("gzip;q=high", GZIP)).isZero();
        assertThat(ContentCodings.weight("gzip;q=2", GZIP)).isZero();
        assertThat(ContentCodings.weight("gzip;q=-1", GZIP)).isZero();
        assertThat(ContentCodings.weight("gzip;level=1", GZIP)).isEqualTo(1.0);
    }
}
