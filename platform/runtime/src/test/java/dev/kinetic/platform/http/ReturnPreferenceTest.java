package dev.kinetic.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

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
}
