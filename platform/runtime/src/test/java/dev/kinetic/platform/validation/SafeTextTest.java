package dev.kinetic.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void aSingleLineHoldsNoControlCharacterAndNoLineBreak() {
        assertThat(SafeText.singleLine("Glute bridge – Puente de glúteos")).isTrue();
        assertThat(SafeText.singleLine(null)).isTrue();
        for (String bad : new String[] { "a\nb", "a\rb", "a\u0000b", "a\tb", "a\u007Fb", "a\u0085b", "a\u2028b", "a\u2029b" }) {
            assertThat(SafeText.singleLine(bad)).as(bad.codePoints().boxed().toList().toString()).isFalse();
        }
    }

    @Test
    void proseKeepsLineBreaksAndTabsButNoOtherControls() {
        assertThat(SafeText.prose("Step one.\nStep two.\r\n\tHold.")).isTrue();
        assertThat(SafeText.prose("a\u0000b")).isFalse();
        assertThat(SafeText.prose("a\u001Bb")).isFalse();
        assertThat(SafeText.withoutControls("a\u0000b\u0007c\nd")).isEqualTo("abc\nd");
        assertThat(SafeText.withoutControls("clean")).isSameAs("clean");
    }

    @Test
    void onlyHttpsAndSiteRelativeLinksAreSafe() {
        assertThat(SafeText.safeUrl("https://images.example.org/bridge.jpg")).isTrue();
        assertThat(SafeText.safeUrl("/media/bridge.jpg")).isTrue();
        for (String bad : new String[] { "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "http://example.org/a.jpg",
                "//evil.example/a.jpg", "/\\evil.example", "https:///path", "https://a b", "vbscript:x", "", " https://x.org",
                "https://x.org/\nSet-Cookie: a" }) {
            assertThat(SafeText.safeUrl(bad)).as(bad).isFalse();
        }
    }
}
