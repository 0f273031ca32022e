package dev.kinetic.plan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompressedJsonTest {

    @Test
    void aRepetitiveDocumentComesBackUnchangedAndMuchSmaller() {
        String item = "{\"exercise\":\"glute-bridge\",\"name\":\"Hüftbrücke «ponte» جسر\",\"sets\":2,\"repsMin\":10,\"repsMax\":12},";
        String json = "[" + item.repeat(100) + "{}]";
        byte[] deflated = CompressedJson.deflate(json);
        assertThat(CompressedJson.inflate(deflated)).isEqualTo(json);
        assertThat(deflated.length).isLessThan(json.length() / 10);
    }
}
