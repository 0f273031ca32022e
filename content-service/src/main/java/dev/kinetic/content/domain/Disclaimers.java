package dev.kinetic.content.domain;

import java.util.List;
import java.util.Set;

/**
 * Recognises advice to see a professional and "not medical advice" notices, in English, Spanish,
 * French and German: an action ("see", "talk to", "get it checked by", "consulta", "wenden Sie sich")
 * followed closely by a professional ("GP", "physiotherapist", "médico", "Arzt", "urgencias"), or a
 * notice that the text is information only.
 */
final class Disclaimers {

    private static final Set<String> ACTIONS = Set.of("see", "consult", "talk", "speak", "check", "checked", "contact", "ask", "visit",
            "call", "book", "seek", "go", "get", "phone", "ring", "tell", "inform", "let", "avisa", "informa", "dites", "prevenez",
            "informieren", "sagen", "consulta", "consulte", "consultar", "acude", "acudir", "habla",
            "hable", "pregunta", "visita", "llama", "contacta", "consultez", "consulter", "parlez", "demandez", "voyez", "contactez",
            "wenden", "sprechen", "fragen", "suchen", "konsultieren", "kontaktieren", "aufsuchen");
    private static final Set<String> PROFESSIONALS = Set.of("doctor", "doctors", "gp", "gps", "physician", "physio", "physios",
            "physiotherapist", "physiotherapists", "therapist", "physiatrist", "chiropractor", "osteopath", "midwife", "nurse",
            "clinician", "healthcare", "provider", "providers", "professional", "specialist", "emergency", "a&e", "surgeon", "consultant",
            "medico", "medica", "fisioterapeuta", "profesional", "sanitario", "especialista", "urgencias", "matrona", "medecin",
            "kine", "kinesitherapeute", "professionnel", "urgences", "sage-femme", "arzt", "arztin", "hausarzt", "hausarztin",
            "physiotherapeut", "physiotherapeutin", "therapeuten", "notaufnahme", "fachmann", "fachperson");
    private static final List<String> NOTICES = List.of("not a substitute for", "no substitute for", "not intended as medical",
            "not medical advice", "not intended to replace", "for informational purposes", "for information purposes",
            "for general information", "informational purposes only", "educational purposes only", "no sustituye", "fines informativos",
            "caracter informativo", "no reemplaza", "ne remplace pas", "a titre informatif", "ne constitue pas un avis",
            "ersetzt keine", "ersetzt nicht", "dient nur der information", "keine medizinische beratung");
    private static final int WINDOW = 8;

    private Disclaimers() {
    }

    static boolean isDisclaimer(String text) {
        String key = Boilerplate.key(text);
        for (String notice : NOTICES) {
            if (key.contains(notice)) {
                return true;
            }
        }
        String[] words = key.split(" ");
        int lastAction = -WINDOW - 1;
        for (int i = 0; i < words.length; i++) {
            if (ACTIONS.contains(words[i])) {
                lastAction = i;
            } else if (PROFESSIONALS.contains(words[i]) && i - lastAction <= WINDOW) {
                return true;
            }
        }
        return false;
    }
}
