package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page furniture by family, and article lines that look close to it but must stay. */
class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // navigation and breadcrumbs
            "Skip to main content", "Menu", "Home | Shop | Classes | Book a session", "Blog › Running › Knees",
            "Home » Guides » Hips", "Start / Blog / Rücken", "Inicio > Blog > Rodilla", "Startseite | Kurse | Kontakt",
            // bylines and dates
            "By Ada Lind | 3 June 2025", "Words by Ines Carvalho · 9 September 2025", "Written by Marta Ruiz",
            "Posted by Coach Ben on 2 May 2025", "Por Lucía Gómez, fisioterapeuta", "Par Camille Roux · 2 avril 2025",
            "Von Jonas Weber | 12. März 2025", "Updated 4 January 2026", "7 min read", "Lectura de 4 min", "5 Min. Lesezeit",
            "Medically reviewed by Dr Noor Haddad", "May 3, 2025", "21 de febrero de 2024", "2025-05-03",
            "Name: ____________   Date: ____________",
            // sharing, comments, related
            "Share this article", "Share: Facebook · X · Email", "Compartir en WhatsApp", "Partager : Facebook · E-mail",
            "14 comments", "Comments (3)", "Leave a reply", "Deja un comentario", "Related posts", "You might also like",
            "Artículos relacionados", "Ähnliche Artikel", "Next article: Why Knees Click",
            "Your email address will not be published. Required fields are marked *",
            // newsletters, cookies, legal, promotions
            "Sign up for our newsletter", "Get the free 5-day mobility plan — join 12,000 readers",
            "Suscríbete a nuestro boletín", "Abonnez-vous à la newsletter", "Newsletter abonnieren",
            "We use cookies to improve your experience. Accept or manage your settings.",
            "Usamos cookies propias y de terceros. Aceptar | Configurar", "© 2025 Stride Clinic. All rights reserved.",
            "Privacy Policy · Terms of Use", "Save 15% on bands with code HIPS15", "Advertisement", "Publicidad", "Werbung",
            "Disclosure: this post contains affiliate links and we may earn a commission.",
            // printed leaflets and e-mails
            "Page 2 of 4", "Página 1 de 3", "Seite 1 von 2", "Leaflet ref: PT-22 | Review date: 2027", "Tel: 020 7946 0000",
            "Subject: Fwd: your exercises", "From: Clinic Reception <desk@clinic.example>", "Kind regards,",
            // another script than the article
            "الرئيسية", "Главная" })
    void isFurniture(String line) {
        assertThat(Boilerplate.classify(line, 1.0)).as(line).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Glute Bridge", "Side plank — 3 x 20 s per side", "Exercise 2 – Clams", "Why your hips matter",
            "By the end of the month most people can hold a plank for a minute.",
            "Share the load between both legs and keep your knees soft.",
            "Three sets of ten, resting a minute between them.",
            "Stop if the pain spreads down your leg.",
            "Lazy Glutes, Sore Back? 6 Moves to Wake Up Your Hips",
            "Strength training for runners: what to do and what to skip",
            "Try the kneeling version of this move first.", "3 May", "Week 1" })
    void isArticleText(String line) {
        assertThat(Boilerplate.classify(line, 1.0)).as(line).isEmpty();
    }
}
