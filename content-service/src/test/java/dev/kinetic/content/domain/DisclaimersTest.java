package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclaimersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "If the pain travels down your leg, see a GP or physiotherapist first.",
            "Stop and contact the clinic or your GP if your knee becomes hot.",
            "Get it checked by a doctor before you continue.",
            "Check with your doctor or midwife before you begin.",
            "This article is for informational purposes only and is not a substitute for medical advice.",
            "This guide is for general information only.",
            "Go to your nearest emergency department straight away.",
            "Talk to your healthcare provider before starting.",
            "If you have any new numbness, tell your physiotherapist immediately.",
            "Consulta con tu médico o fisioterapeuta antes de seguir.",
            "Acude a urgencias si pierdes fuerza en la pierna.",
            "Este artículo tiene fines informativos y no sustituye la valoración de un profesional.",
            "Si la douleur descend dans la jambe, consultez votre médecin.",
            "Wenn die Schmerzen ausstrahlen, sprechen Sie bitte mit Ihrem Arzt." })
    void advisesSeeingAProfessional(String text) {
        assertThat(Disclaimers.isDisclaimer(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It is the most common complaint physios see in runners at the clinic.",
            "Your physiotherapist will tell you when to progress.",
            "See how your hips feel after a week of practice.",
            "Our doctors recommend walking every day." })
    void otherSentencesAreNot(String text) {
        assertThat(Disclaimers.isDisclaimer(text)).as(text).isFalse();
    }
}
