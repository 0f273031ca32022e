package dev.kinetic.content.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void theArticleTextIsEscapedBeforeTheMatchesAreMarked() {
        String marked = "\u0002Glute\u0003 \u0002bridges\u0003 help. <img src=x onerror=alert(1)> & \"more\"";
        assertThat(Snippet.html(marked)).isEqualTo("<mark>Glute</mark> <mark>bridges</mark> help. "
                + "&lt;img src=x onerror=alert(1)&gt; &amp; &#34;more&#34;");
    }

    @Test
    void markupInsideAMatchIsEscapedToo() {
        assertThat(Snippet.html("\u0002<script>\u0003")).isEqualTo("<mark>&lt;script&gt;</mark>");
        assertThat(Snippet.html("open \u0002mark")).isEqualTo("open <mark>mark</mark>");
        assertThat(Snippet.html(null)).isNull();
    }

    @Test
    void storedTextNeverHoldsTheMarks() {
        assertThat(Snippet.withoutMarkers("a\u0002b\u0003c")).isEqualTo("abc");
        assertThat(Snippet.withoutMarkers("plain")).isEqualTo("plain");
    }
}
