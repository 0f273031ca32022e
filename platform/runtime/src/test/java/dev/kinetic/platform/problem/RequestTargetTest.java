package dev.kinetic.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which request targets are checked by decoding them: any that could decode to a control character. */
class RequestTargetTest {

    @Test
    void aTargetOfPrintableAsciiWithoutEscapesNeedsNoDecoding() {
        assertThat(RequestTarget.printable("/api/v1/exercises?muscle=glutes&equipment=dumbbell&size=20&sort=-level")).isTrue();
        assertThat(RequestTarget.printable("/api/v1/articles/search?q=hip+thrust&locale=en")).isTrue();
    }

    @Test
    void anEscapeAControlCharacterOrAnythingBeyondAsciiIsDecodedAndChecked() {
        assertThat(RequestTarget.printable("/api/v1/exercises/w%00x")).isFalse();
        assertThat(RequestTarget.printable("/api/v1/exercises?q=caf%C3%A9")).isFalse();
        assertThat(RequestTarget.printable("/api/v1/exercises/a\u0000b")).isFalse();
        assertThat(RequestTarget.printable("/api/v1/exercises/a b")).isFalse();
        assertThat(RequestTarget.printable("/api/v1/exercises/a\u007fb")).isFalse();
        assertThat(RequestTarget.printable("/api/v1/exercises/\u00c3\u0085")).isFalse(); // a raw U+0085 (NEL) is a control
    }
}
