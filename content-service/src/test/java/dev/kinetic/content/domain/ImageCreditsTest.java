package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageCreditsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Image by Pia Sorensen from Pixabay | Pia Sorensen | Pixabay | - | false",
            "(Photo by Tom Akers on Unsplash) | Tom Akers | Unsplash | - | false",
            "Photo: Lina Osei / Unsplash | Lina Osei | Unsplash | - | false",
            "Photo: Lina Osei/Unsplash | Lina Osei | Unsplash | - | false",
            "Credit: Rafael Duarte / Shutterstock | Rafael Duarte | Shutterstock | - | false",
            "Image courtesy of Mei Tan, Harbour Studio | Mei Tan | Harbour Studio | - | false",
            "Photo by Wren Mallory via Pexels | Wren Mallory | Pexels | - | false",
            "Image credit: Ola Nwosu / Unsplash | Ola Nwosu | Unsplash | - | false",
            "Imagen de Carla Vidal en Pixabay | Carla Vidal | Pixabay | - | false",
            "Photo de Léa Martin sur Unsplash | Léa Martin | Unsplash | - | false",
            "Foto von Mara Klein auf Pixabay | Mara Klein | Pixabay | - | false",
            "Figure 2: Side plank. Image courtesy of Dan Reyes, Clinic Drawings | Dan Reyes | Clinic Drawings | Figure 2: Side plank | false",
            "Runner on a track. Photo: Sam Ito / Pexels | Sam Ito | Pexels | Runner on a track | true" })
    void readsTheCredit(String line, String author, String source, String caption, boolean nearImage) {
        assertThat(ImageCredits.find(line, nearImage)).hasValueSatisfying(found -> {
            assertThat(found.credit().author()).isEqualTo(author);
            assertThat(found.credit().source()).isEqualTo(source);
            assertThat(found.caption()).isEqualTo(caption);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "Photo day at the clinic was a success, and everyone brought a friend along to train.",
            "The picture is clearer once you train the hips.", "Credit where it is due: consistency wins." })
    void proseIsNotACredit(String line) {
        assertThat(ImageCredits.find(line, false)).isEmpty();
    }
}
