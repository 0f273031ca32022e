package dev.kinetic.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class SlugsTest {

    enum Sample { GLUTEUS_MEDIUS, HIP }

    @Test
    void constantsBecomeLowerCaseHyphenatedWordsInAnyDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(Slugs.of(Sample.GLUTEUS_MEDIUS)).isEqualTo("gluteus-medius");
            assertThat(Slugs.of(Sample.HIP)).isEqualTo("hip");
            assertThat(Slugs.fromText("HIP Thrust")).isEqualTo("hip-thrust");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void freeTextLosesAccentsAndPunctuation() {
        assertThat(Slugs.fromText("  Puente de glúteos — ¿por qué?  ")).isEqualTo("puente-de-gluteos-por-que");
        assertThat(Slugs.fromText("3/4 Sit-Up")).isEqualTo("3-4-sit-up");
        assertThat(Slugs.fromText("!!!")).isEmpty();
        assertThat(Slugs.fromText("Øvelse på gulvet")).isEqualTo("øvelse-pa-gulvet");
        assertThat(Slugs.asciiFromText("Øvelse på gulvet")).isEqualTo("velse-pa-gulvet");
        assertThat(Slugs.asciiFromText("3_4_Sit-Up")).isEqualTo("3-4-sit-up");
    }
}
