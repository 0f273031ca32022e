package dev.kinetic.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReturnPreferenceTest {

    @Test
    void minimalIsAskedForByTheReturnPreferenceInAnyCaseAmongOthers() {
        assertThat(ReturnPreference.minimal("return=minimal")).isTrue();
        assertThat(ReturnPreference.minimal("respond-async, RETURN = \"Minimal\"; foo=bar")).isTrue();
        assertThat(ReturnPreference.minimal("wait=10,return=minimal")).isTrue();
    }

    @Test
    void anythingElseKeepsTheFullRepresentation() {
        assertThat(ReturnPreference.minimal(null)).isFalse();
        assertThat(ReturnPreference.minimal("")).isFalse();
        assertThat(ReturnPreference.minimal("return=representation")).isFalse();
        assertThat(ReturnPreference.minimal("return")).isFalse();
        assertThat(ReturnPreference.minimal("returns=minimal, handling=lenient")).isFalse();
        assertThat(ReturnPreference.minimal("foo; return=minimal")).isFalse();
    }

    @Test
    void theFirstReturnPreferenceWins() {
        assertThat(ReturnPreference.minimal("return=representation, return=minimal")).isFalse();
        assertThat(ReturnPreference.minimal("return=minimal, return=representation")).isTrue();
    }

    @Test
    void onlyAsciiLettersFold() {
        // String.equalsIgnoreCase, which an earlier reading used, took a dotless or a dotted capital I for an i.
        assertThat(ReturnPreference.minimal("return=m\u0131n\u0131mal")).isFalse();
        assertThat(ReturnPreference.minimal("return=M\u0130N\u0130MAL")).isFalse();
        assertThat(ReturnPreference.minimal("return=\"")).isFalse();
        assertThat(ReturnPreference.minimal("return=\"\"")).isFalse();
    }

    /** Read in place, the header asks for a minimal response exactly when splitting it into preferences says so. */
    @Test
    void readingInPlaceAgreesWithSplittingOnGeneratedHeaders() {
        String[] pieces = { "return", "RETURN", "returns", "=", "minimal", "MiniMal", "representation", "\"", ",", ", ", ";",
                " ", "\t", "wait=5", "x", "return=minimal", "return = \"minimal\"", "Return=Representation" };
        List<String> headers = GeneratedHeaders.of(7240, 20_000, pieces);
        for (String header : headers) {
            assertThat(ReturnPreference.minimal(header)).as("[%s]", header).isEqualTo(bySplitting(header));
        }
        // Both answers come up, or the agreement says little.
        assertThat(headers.stream().filter(ReturnPreferenceTest::bySplitting).count()).isBetween(500L, 19_500L);
    }

    /** The reading this class had before it read in place, kept as the reference (for ASCII, where both fold alike). */
    private static boolean bySplitting(String header) {
        for (String preference : header.split(",")) {
            String nameAndValue = preference.split(";", 2)[0];
            int equals = nameAndValue.indexOf('=');
            String name = (equals < 0 ? nameAndValue : nameAndValue.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
            if (name.equals("return")) {
                String value = equals < 0 ? "" : nameAndValue.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.equalsIgnoreCase("minimal");
            }
        }
        return false;
    }
}
