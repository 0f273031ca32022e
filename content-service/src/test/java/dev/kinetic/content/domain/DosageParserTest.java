package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per way articles write a dosage, in four languages; the parts not stated stay empty. */
class DosageParserTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // locale | phrase | sets | repsMin | repsMax | hold | perSide | rest | lower
            "en | three sets of 10-12 reps | 3 | 10 | 12 | - | - | - | -",
            "en | 2 sets of 15 repetitions | 2 | 15 | 15 | - | - | - | -",
            "en | 3 x 8-10 | 3 | 8 | 10 | - | - | - | -",
            "en | 3×12 each side | 3 | 12 | 12 | - | true | - | -",
            "en | 2x10 per side | 2 | 10 | 10 | - | true | - | -",
            "en | 15 reps x 2 | 2 | 15 | 15 | - | - | - | -",
            "en | 12 reps, 3 sets | 3 | 12 | 12 | - | - | - | -",
            "en | Three sets of twelve per leg | 3 | 12 | 12 | - | true | - | -",
            "en | Do 2 rounds of 10 on each side | 2 | 10 | 10 | - | true | - | -",
            "en | 2–3 sets of 8–10 per leg | 2 | 8 | 10 | - | true | - | -",
            "en | hold for 30 seconds | - | - | - | 30 | - | - | -",
            "en | do 2 sets, holding it for 45 secs each | 2 | - | - | 45 | - | - | -",
            "en | 2 x 30s hold per side | 2 | - | - | 30 | true | - | -",
            "en | 20–30 s hold each side | - | - | - | 20 | true | - | -",
            "en | Hold for 5 seconds, then relax. Repeat 10 times. | - | 10 | 10 | 5 | - | - | -",
            "en | Hold 20 to 30 seconds; do it three times. | 3 | - | - | 20 | - | - | -",
            "en | Hold 15-20 seconds per side, twice | 2 | - | - | 15 | true | - | -",
            "en | Aim for 10 each side | - | 10 | 10 | - | true | - | -",
            "en | Repeat 6 to 8 times on each side | - | 6 | 8 | - | true | - | -",
            "en | Do 8 to 10 slow cycles | - | 8 | 10 | - | - | - | -",
            "en | 2 rounds of 10 steps each direction | 2 | 10 | 10 | - | true | - | -",
            "en | 3 holds of 25 seconds, resting 45 seconds between them | 3 | - | - | 25 | - | 45 | -",
            "en | a 30s hold three times, resting for 30 seconds between efforts | 3 | - | - | 30 | - | 30 | -",
            "en | 4 sets of 10, pause two seconds at the top | 4 | 10 | 10 | 2 | - | - | -",
            "en | pause 60 seconds between sets, 3 sets of 5 | 3 | 5 | 5 | - | - | 60 | -",
            "en | lower over three seconds, 2 sets of 8 | 2 | 8 | 8 | - | - | - | 3",
            "en | Sets: 3 | 3 | - | - | - | - | - | -",
            "en | x 15, 3 sets | 3 | 15 | 15 | - | - | - | -",
            "en | 3 sets x 12 reps | 3 | 12 | 12 | - | - | - | -",
            "en | a 30-second hold, 3 sets | 3 | - | - | 30 | - | - | -",
            "en | 3 sets of 12-15 reps (per side) | 3 | 12 | 15 | - | true | - | -",
            "en | Plank: 1 minute | - | - | - | 60 | - | - | -",
            "en | Hold 10s x 5 | - | 5 | 5 | 10 | - | - | -",
            "en | Lift the knee out to the side, 12 times per leg. | - | 12 | 12 | - | true | - | -",
            "en | 10 reps; do it three times | 3 | 10 | 10 | - | - | - | -",
            "en | Do 10 reps, 3 times a day. | - | 10 | 10 | - | - | - | -",
            "es | Haz 3 series de 12 repeticiones. | 3 | 12 | 12 | - | - | - | -",
            "es | 2 series de 15 repeticiones por lado | 2 | 15 | 15 | - | true | - | -",
            "es | mantén de 20 a 30 segundos por lado; haz 3 rondas | 3 | - | - | 20 | true | - | -",
            "es | Mantén 5 segundos y cambia de lado. Haz 8 repeticiones por lado. | - | 8 | 8 | 5 | true | - | -",
            "es | tres series de ocho a diez | 3 | 8 | 10 | - | - | - | -",
            "fr | 3 séries de 12 répétitions | 3 | 12 | 12 | - | - | - | -",
            "fr | tenez 20 secondes de chaque côté, 3 fois | 3 | - | - | 20 | true | - | -",
            "de | 3 Sätze à 12 Wiederholungen | 3 | 12 | 12 | - | - | - | -",
            "de | Halten Sie 20 Sekunden je Seite, zweimal | 2 | - | - | 20 | true | - | -",
            "de | 2 Sätze mit 15 Wiederholungen pro Bein | 2 | 15 | 15 | - | true | - | -" })
    void readsTheDosage(String locale, String phrase, Integer sets, Integer min, Integer max, Integer hold, Boolean perSide,
            Integer rest, Integer lower) {
        assertThat(DosageParser.parse(phrase, locale)).contains(new Dosage(sets, min, max, hold, perSide, rest, lower));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "en | Do these exercises 2 times a day unless told otherwise.",
            "en | Do the routine three or four times a week.",
            "en | Practise twice a day.",
            "en | Keep the pain below 3 out of 10.",
            "en | Lift the leg about 30 cm and walk 20 metres.",
            "en | Once the movement is steady, add a light dumbbell.",
            "en | The whole session takes about fifteen minutes.",
            "es | Repite la rutina tres veces por semana.",
            "fr | Faites la séance deux fois par jour.",
            "de | Machen Sie das Programm dreimal pro Woche." })
    void frequenciesScalesAndDistancesAreNotDosages(String locale, String phrase) {
        assertThat(DosageParser.parse(phrase, locale)).isEmpty();
    }
}
