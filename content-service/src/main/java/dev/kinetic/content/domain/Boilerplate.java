package dev.kinetic.content.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises lines that are page furniture rather than article, by family and in English, Spanish,
 * French and German: navigation and breadcrumbs (short segments between separators), bylines and
 * dates, share bars, comment counts and forms, "related" headings, newsletter and sign-up calls,
 * cookie banners, copyright and legal lines, printed-leaflet headers and footers, advertisements and
 * promotion codes, e-mail headers, and short lines in another script than the article.
 */
final class Boilerplate {

    enum Kind { ADVERTISEMENT, NAVIGATION, RELATED, SIGN_OFF }

    /** Why a line is furniture. */
    record Verdict(Kind kind, String reason) {
    }

    private static final Set<String> EXACT = Set.of("newer post", "older post", "newer posts", "older posts", "newer", "older",
            "home", "next", "previous", "next post", "previous post", "share", "share this", "share this post", "share this article",
            "tweet", "pin it", "pin it for later", "subscribe", "subscribe now", "follow us", "read more", "leave a comment",
            "leave a reply", "comments", "post a comment", "back to top", "menu", "search", "search this site", "skip to content",
            "skip to main content", "skip to navigation", "log in", "login", "sign in", "sign up", "register", "accept", "accept all",
            "accept all cookies", "reject all", "manage preferences", "cookie settings", "got it", "ok", "close", "print", "email",
            "yes no", "ir al contenido", "saltar al contenido", "menu buscar", "buscar", "inicio", "siguiente", "anterior",
            "compartir", "aceptar", "rechazar", "configurar", "aller au contenu", "suivant", "precedent", "partager", "accueil",
            "rechercher", "zum inhalt springen", "weiter", "zuruck", "teilen", "suche", "startseite", "akzeptieren",
            "أحدث", "أقدم", "أحدث أقدم", "الرئيسية", "مشاركة", "اشترك", "التالي", "السابق");
    private static final Set<String> ADVERTISEMENT = Set.of("advertisement", "advertisements", "sponsored", "ad", "ads",
            "sponsored content", "advertisement continue reading below", "continue reading below", "إعلان", "اعلان", "publicite",
            "anuncio", "publicidad", "werbung", "anzeige", "реклама", "pubblicita");
    /** Openings of furniture lines (checked on short lines only). */
    private static final List<String> OPENINGS = List.of("share this", "share on ", "share via ", "share the post", "share article",
            "share post", "share:", "words by ", "text by ", "story by ", "article by ", "photos and words by ", "compartir", "partager", "teilen", "posted in",
            "filed under", "tagged ", "tags ", "tags:", "categories", "category:", "categorias", "etiquetas", "written by",
            "posted by", "prepared by", "escrito por", "publicado por", "redactado por", "ecrit par", "publie par",
            "geschrieben von", "veroffentlicht von", "medically reviewed", "reviewed by", "revisado por", "last updated",
            "updated ", "published ", "actualizado", "publicado el", "mis a jour", "aktualisiert", "next article", "previous article",
            "next post", "previous post", "read next", "read this next", "siguiente articulo", "articulo anterior", "back to",
            "volver a", "retour a", "zuruck zu", "was this article helpful", "was this helpful", "te ha resultado util",
            "cet article vous a", "war dieser artikel", "leave a ", "deja un", "deja una", "laisser un", "log in to", "sign in to",
            "tel:", "tel ", "phone:", "telefono", "skip to", "pin it", "follow us", "siguenos",
            "suivez-nous", "folgen sie", "print this");
    private static final List<String> RELATED = List.of("related posts", "related articles", "related reading", "related", "you may also like",
            "you might also like", "you may also enjoy", "more from", "more articles", "keep reading", "most popular", "popular posts",
            "recommended", "recommended for you", "read more", "further reading", "articulos relacionados", "entradas relacionadas",
            "te puede interesar", "tambien te puede interesar", "mas articulos", "articles similaires", "a lire aussi", "lire aussi",
            "ahnliche artikel", "das konnte sie auch interessieren", "weitere artikel", "mehr zum thema");
    /** Letter sign-offs of pasted e-mails. */
    static final Set<String> SIGN_OFFS = Set.of("kind regards", "best regards", "regards", "best wishes", "many thanks", "thanks",
            "thank you", "cheers", "all the best", "warm regards", "yours sincerely", "saludos", "un saludo", "atentamente",
            "cordialement", "bien a vous", "mit freundlichen grussen", "viele grusse", "beste grusse", "liebe grusse");
    private static final Set<String> BIO_OPENINGS = Set.of("about the author", "sobre la autora", "sobre el autor", "a propos de l auteur",
            "a propos de l'auteur", "uber den autor", "uber die autorin", "about the writer");
    private static final Set<String> BYLINE_WORDS = Set.of("by", "por", "par", "von");
    private static final Set<String> READ_TIME = Set.of("min read", "minute read", "minutes read", "mins read", "min de lectura",
            "minutos de lectura", "lectura de", "min de lecture", "minutes de lecture", "min lesezeit", "minuten lesezeit", "lesezeit");
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "comentario", "comentarios", "commentaire",
            "commentaires", "kommentar", "kommentare", "replies", "responses", "respuestas", "reponses", "shares");
    private static final List<String> FORM_NOTICES = List.of("email address will not be published", "required fields are marked",
            "correo electronico no sera publicada", "campos obligatorios", "ne sera pas publiee", "wird nicht veroffentlicht",
            "join the discussion", "to join the discussion");
    private static final List<String> CALLS = List.of("newsletter", "subscribe", "unsubscribe", "sign up", "signup", "inbox", "boletin",
            "suscribete", "suscribirte", "darte de baja", "abonnez", "desabonner", "desinscrire", "abonnieren", "abmelden",
            "free trial", "try it free", "free guide", "readers who", "readers of", "mailing list", "join our community",
            "join the community", "get the app", "download our app", "descarga la app");
    private static final List<String> PADDED_CALLS = CALLS.stream().map(c -> " " + c + " ").toList();
    private static final List<String> COOKIE_CONTEXT = List.of("use", "uses", "using", "accept", "consent", "setting", "settings",
            "policy", "experience", "browsing", "continuing", "usamos", "utilizamos", "aceptar", "acepta", "configurar", "politica",
            "navegacion", "utilisons", "accepter", "politique", "verwenden", "akzeptieren", "richtlinie", "preferences");
    private static final List<String> LEGAL = List.of("all rights reserved", "todos los derechos reservados", "tous droits reserves",
            "alle rechte vorbehalten", "privacy policy", "politica de privacidad", "politique de confidentialite",
            "datenschutzerklarung", "terms of use", "terms of service", "terms and conditions", "aviso legal", "mentions legales",
            "impressum", "cookie policy", "politica de cookies");
    private static final List<String> PRINT = List.of("leaflet ref", "leaflet reference", "review date", "date of review",
            "this leaflet is available", "available in large print", "ref:", "issued:", "issue date",
            "fecha de revision", "documento ref");
    private static final List<String> PROMOTION = List.of("with code", "promo code", "discount code", "coupon", "% off",
            "codigo de descuento", "code promo", "gutscheincode", "rabattcode");
    private static final Set<String> EMAIL_HEADERS = Set.of("from", "to", "subject", "date", "sent", "cc", "bcc", "reply-to", "de",
            "para", "asunto", "fecha", "enviado", "objet", "envoye", "a", "betreff", "von", "an", "gesendet", "datum");
    private static final String SEPARATORS = "|·•»›>~⋅∙/";

    private Boilerplate() {
    }

    /** The normalised form rules compare: lower case, accents folded, punctuation as single spaces. */
    static String key(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = true;
        String folded = DosageParser.fold(line.length() > 600 ? line.substring(0, 600) : line);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '%' || c == '\'') {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString().strip();
    }

    static Optional<Verdict> classify(String line, double articleLatinShare) {
        String key = key(line);
        int words = Words.count(line);
        if (key.isEmpty()) {
            return Optional.of(new Verdict(Kind.NAVIGATION, "no words: decoration, not article text"));
        }
        if (ADVERTISEMENT.contains(key) || words <= 12 && key.startsWith("advertisement")) {
            return verdict(Kind.ADVERTISEMENT, "an advertisement marker");
        }
        if (SIGN_OFFS.contains(key)) {
            return verdict(Kind.SIGN_OFF, "a letter's sign-off");
        }
        if (EXACT.contains(key)) {
            return verdict(Kind.NAVIGATION, "navigation, a button or a share prompt");
        }
        if (relatedHeading(key, words)) {
            return verdict(Kind.RELATED, "a list of links to other articles");
        }
        String lower = DosageParser.fold(line.strip());
        if (words <= 16) {
            for (String opening : OPENINGS) {
                if (lower.startsWith(opening)) {
                    return verdict(Kind.NAVIGATION, "byline, date, tags, sharing or comment prompt");
                }
            }
            if (byline(line, key)) {
                return verdict(Kind.NAVIGATION, "a byline");
            }
            if (dateOnly(key)) {
                return verdict(Kind.NAVIGATION, "a date line");
            }
            if (line.contains("____")) {
                return verdict(Kind.NAVIGATION, "a form to fill in");
            }
            if (containsAny(key, READ_TIME)) {
                return verdict(Kind.NAVIGATION, "a byline with the reading time");
            }
            if (commentCount(key)) {
                return verdict(Kind.NAVIGATION, "a comment count");
            }
            if (pageNumber(key) || containsAny(lower, PRINT)) {
                return verdict(Kind.NAVIGATION, "a printed page's header or footer");
            }
            if (emailHeader(lower)) {
                return verdict(Kind.NAVIGATION, "an e-mail header");
            }
            if (segmented(line) && DosageParser.parse(line).isEmpty()) {
                return verdict(Kind.NAVIGATION, "navigation, breadcrumbs or a byline (short parts between separators)");
            }
        }
        if (words <= 60) {
            for (String bio : BIO_OPENINGS) {
                if (key.startsWith(bio.replace("'", " ")) || lower.startsWith(bio)) {
                    return verdict(Kind.NAVIGATION, "an author box");
                }
            }
            if (key.startsWith("disclosure") || key.contains("affiliate link") || key.contains("affiliate disclosure")) {
                return verdict(Kind.ADVERTISEMENT, "an affiliate disclosure");
            }
            if (callToJoin(key)) {
                return verdict(Kind.ADVERTISEMENT, "a call to join or download");
            }
            if (containsAny(lower, FORM_NOTICES)) {
                return verdict(Kind.NAVIGATION, "a comment form");
            }
            if (containsAny(" " + key + " ", PADDED_CALLS) || key.contains("newsletter")) {
                return verdict(Kind.ADVERTISEMENT, "a newsletter or sign-up call");
            }
            if ((key.contains("cookie") || key.contains("cookies")) && containsAnyWord(key, COOKIE_CONTEXT)) {
                return verdict(Kind.NAVIGATION, "a cookie or consent banner");
            }
            if (line.contains("©") || key.startsWith("c 20") || containsAny(key, LEGAL)) {
                return verdict(Kind.NAVIGATION, "copyright and legal links");
            }
            if (containsAny(lower, PROMOTION)) {
                return verdict(Kind.ADVERTISEMENT, "a promotion");
            }
        }
        if (words >= 1 && words <= 6 && Math.abs(Words.latinShare(line) - articleLatinShare) > 0.8) {
            return verdict(Kind.NAVIGATION, "a short line in another script than the article (a theme's navigation)");
        }
        return Optional.empty();
    }

    /** "Join the X community and get our free guide", "Get the free 7-day plan", "Download our app". */
    private static boolean callToJoin(String key) {
        boolean opens = key.startsWith("join ") || key.startsWith("get our ") || key.startsWith("get the free ") || key.startsWith("download ")
                || key.startsWith("unete ") || key.startsWith("rejoignez ") || key.startsWith("werde ");
        return opens && (key.contains(" free ") || key.contains("community") || key.contains("readers") || key.contains(" app")
                || key.contains("gratis") || key.contains("gratuit") || key.contains("kostenlos") || key.contains("comunidad"));
    }

    private static Optional<Verdict> verdict(Kind kind, String reason) {
        return Optional.of(new Verdict(kind, reason + ", not article text"));
    }

    static boolean relatedHeading(String key, int words) {
        if (words > 8) {
            return false;
        }
        for (String r : RELATED) {
            if (key.equals(r) || key.startsWith(r + " ")) {
                return !r.equals("related") && !r.equals("recommended") && !r.equals("read more") || key.equals(r) || words <= 3;
            }
        }
        return false;
    }

    /** "By Jane Doe", "Por Lucía Romero, fisioterapeuta": a byline word and a capitalised name. */
    private static boolean byline(String line, String key) {
        int space = key.indexOf(' ');
        if (space < 0 || !BYLINE_WORDS.contains(key.substring(0, space))) {
            return false;
        }
        String rest = line.strip().substring(Math.min(line.strip().length(), space + 1)).strip();
        return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && !line.strip().endsWith(".");
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
            "novembre", "decembre", "januar", "februar", "marz", "juni", "juli", "oktober", "dezember");

    /** "May 3, 2025", "3 March 2026", "21 de febrero de 2024", "2025-05-03": only a date, nothing else. */
    private static boolean dateOnly(String key) {
        String[] w = key.split(" ");
        if (w.length < 1 || w.length > 6) {
            return false;
        }
        boolean year = false;
        for (String word : w) {
            if (isNumber(word) && word.length() == 4) {
                year = true;
            } else if (!(isNumber(word) && word.length() <= 2) && !MONTHS.contains(word) && !word.equals("de") && !word.equals("of")
                    && !word.equals("the")) {
                return false;
            }
        }
        return year;
    }

    private static boolean commentCount(String key) {
        String[] w = key.split(" ");
        if (w.length >= 2 && isNumber(w[0]) && COMMENT_WORDS.contains(w[1])) {
            return true;
        }
        return w.length >= 1 && w.length <= 4 && COMMENT_WORDS.contains(w[0]) && (w.length == 1 || isNumber(w[1]));
    }

    private static boolean pageNumber(String key) {
        String[] w = key.split(" ");
        if (w.length != 4) {
            return false;
        }
        return Set.of("page", "pagina", "seite").contains(w[0]) && isNumber(w[1]) && Set.of("of", "de", "sur", "von").contains(w[2])
                && isNumber(w[3]);
    }

    private static boolean emailHeader(String lower) {
        int colon = lower.indexOf(':');
        return colon > 0 && colon < 10 && EMAIL_HEADERS.contains(lower.substring(0, colon).strip()) && !lower.substring(0, colon).contains(" ");
    }

    /** Three or more short parts between separators, or two around an unmistakable one (»›|). */
    static boolean segmented(String line) {
        String s = line.strip();
        int parts = 1;
        boolean strong = false;
        int partWords = 0;
        int maxPartWords = 0;
        boolean sentenceEnd = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = SEPARATORS.indexOf(c) >= 0 && (c != '/' || i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ')
                    || (c == '—' || c == '–') && i > 0 && s.charAt(i - 1) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ';
            if (separator) {
                parts++;
                strong |= "|»›".indexOf(c) >= 0;
                maxPartWords = Math.max(maxPartWords, partWords);
                partWords = 0;
            } else if (Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                partWords++;
            } else if ((c == '.' || c == '!') && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                sentenceEnd = true;
            }
        }
        maxPartWords = Math.max(maxPartWords, partWords);
        if (sentenceEnd || maxPartWords > 7) {
            return false;
        }
        return parts >= 3 || parts == 2 && strong;
    }

    private static boolean isNumber(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i)) && w.charAt(i) != 'k') {
                return false;
            }
        }
        return Character.isDigit(w.charAt(0));
    }

    private static boolean containsAny(String text, Iterable<String> needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAnyWord(String key, List<String> words) {
        String padded = " " + key + " ";
        for (String w : words) {
            if (padded.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }
}
