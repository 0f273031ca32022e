package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kinetic.content.domain.IngestionReport.Change;
import dev.kinetic.content.domain.IngestionReport.Finding;

/**
 * Turns raw article text into a structured draft an editor can trust, and says what it did:
 * page furniture and repeated paragraphs removed, title and headings recognised, image credits
 * kept as metadata, medical disclaimers kept as callouts, exercises, muscles and conditions linked
 * to the live catalog, dosages attached, and findings raised where the article promises what it
 * does not deliver.
 */
public final class ArticleIngestor {

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•–]|\\d{1,2}[.)])\\s+(.+)$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)(consult|talk to|speak (?:to|with)|check with|see)\\s+(?:with\\s+)?(?:a|an|your)\\s+(?:qualified\\s+|licensed\\s+)?"
                    + "(healthcare|health care|medical|doctor|physician|physical therapist|physiotherapist|chiropractor|professional)"
                    + "|not (?:a substitute for|intended as) (?:professional )?medical advice"
                    + "|(?:is|are) for (?:general )?information(?:al)? purposes");
    private static final Pattern ANNOUNCES_EXERCISES = Pattern.compile(
            "(?i)\\b(workouts?|exercises?|routines?|moves|drills|try these|programme|program)\\b");
    private static final double NEAR_DUPLICATE = 0.8;
    private static final int MAX_SUGGESTIONS = 6;

    public Ingestion ingest(String text, String locale, CatalogVocabulary vocabulary) {
        EntityLinker linker = new EntityLinker(vocabulary);
        List<Change> changes = new ArrayList<>();
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        double latinShare = Words.latinShare(text);

        String title = null;
        List<SectionBuilder> sections = new ArrayList<>();
        SectionBuilder current = new SectionBuilder(null);
        sections.add(current);
        List<String> seenParagraphs = new ArrayList<>();
        List<String> pendingList = new ArrayList<>();

        for (String line : lines) {
            Optional<Boilerplate.Kind> furniture = Boilerplate.classify(line, latinShare);
            if (furniture.isPresent()) {
                changes.add(new Change(furniture.get() == Boilerplate.Kind.ADVERTISEMENT ? Change.ADVERTISEMENT_REMOVED
                        : Change.NAVIGATION_REMOVED, furniture.get() == Boilerplate.Kind.ADVERTISEMENT
                                ? "an advertisement marker, not article text"
                                : "blog navigation or a share/subscribe prompt, not article text", line));
                continue;
            }
            Optional<Block.Credit> credit = Boilerplate.imageCredit(line);
            if (credit.isPresent()) {
                flushList(pendingList, current, linker, changes);
                current.blocks.add(new Block.Image(null, null, null, credit.get()));
                changes.add(new Change(Change.IMAGE_CREDIT_EXTRACTED, "kept as the credit of an image, not as prose", line));
                continue;
            }
            var item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                pendingList.add(item.group(1).strip());
                continue;
            }
            flushList(pendingList, current, linker, changes);
            if (title == null && headingLike(line)) {
                title = line;
                changes.add(new Change(Change.TITLE_RECOGNISED, "the first short line, before any paragraph", line));
                continue;
            }
            if (headingLike(line)) {
                current = new SectionBuilder(line);
                sections.add(current);
                changes.add(new Change(Change.HEADING_RECOGNISED, "a short line without closing punctuation", line));
                continue;
            }
            String normalised = Words.normalised(line);
            Optional<String> earlier = seenParagraphs.stream().filter(p -> similar(p, normalised)).findFirst();
            if (earlier.isPresent()) {
                changes.add(new Change(Change.DUPLICATE_REMOVED, earlier.get().equals(normalised)
                        ? "repeats an earlier paragraph word for word" : "nearly repeats an earlier paragraph", line));
                continue;
            }
            seenParagraphs.add(normalised);
            if (DISCLAIMER.matcher(line).find()) {
                current.blocks.add(new Block.Callout(Block.Callout.MEDICAL_DISCLAIMER, line));
                changes.add(new Change(Change.DISCLAIMER_KEPT, "advises seeing a professional: kept as a medical-disclaimer callout", line));
                continue;
            }
            current.blocks.add(paragraph(line, linker, changes));
        }
        flushList(pendingList, current, linker, changes);

        List<Section> built = new ArrayList<>();
        for (SectionBuilder s : sections) {
            if (s.blocks.isEmpty() && s.heading != null && !ANNOUNCES_EXERCISES.matcher(s.heading).find()) {
                changes.add(new Change("empty-section-removed", "nothing remained under this heading", s.heading));
                continue;
            }
            if (!s.blocks.isEmpty() || s.heading != null) {
                built.add(new Section(s.heading, s.blocks));
            }
        }
        Set<String> muscles = new LinkedHashSet<>();
        Set<String> conditions = new LinkedHashSet<>();
        Set<String> exercises = new LinkedHashSet<>();
        for (Section section : built) {
            for (Block block : section.blocks()) {
                for (Mention m : mentionsOf(block)) {
                    (m.kind() == Mention.Kind.MUSCLE ? muscles : m.kind() == Mention.Kind.CONDITION ? conditions : exercises).add(m.slug());
                }
                if (block instanceof Block.ExerciseReference ref) {
                    exercises.add(ref.exerciseSlug());
                }
            }
            linker.mentions(section.heading() == null ? "" : section.heading()).forEach(m -> {
                if (m.kind() == Mention.Kind.CONDITION) {
                    conditions.add(m.slug());
                } else if (m.kind() == Mention.Kind.MUSCLE) {
                    muscles.add(m.slug());
                }
            });
        }
        if (title != null) {
            linker.mentions(title).forEach(m -> {
                if (m.kind() == Mention.Kind.CONDITION) {
                    conditions.add(m.slug());
                } else if (m.kind() == Mention.Kind.MUSCLE) {
                    muscles.add(m.slug());
                }
            });
        }
        List<Finding> findings = findings(built, muscles, conditions, exercises, vocabulary);
        String resolvedTitle = title != null ? title : firstSentence(built).orElse("Untitled");
        ArticleDraft draft = new ArticleDraft(resolvedTitle, summary(built), locale, built, muscles, conditions, exercises);
        return new Ingestion(draft, new IngestionReport(changes, findings));
    }

    private static final class SectionBuilder {
        final String heading;
        final List<Block> blocks = new ArrayList<>();

        SectionBuilder(String heading) {
            this.heading = heading;
        }
    }

    private static Block.Paragraph paragraph(String text, EntityLinker linker, List<Change> changes) {
        List<Mention> mentions = new ArrayList<>();
        for (String sentence : sentences(text)) {
            int offset = text.indexOf(sentence);
            Optional<Dosage> dosage = DosageParser.parse(sentence);
            List<Mention> inSentence = linker.mentions(sentence);
            Mention dosed = dosage.isEmpty() ? null : inSentence.stream()
                    .filter(m -> m.kind() == Mention.Kind.EXERCISE).reduce((first, second) -> second).orElse(null);
            for (Mention m : inSentence) {
                Dosage given = m == dosed ? dosage.get() : null;
                if (given != null) {
                    changes.add(new Change(Change.DOSAGE_ATTACHED, "the dosage in this sentence belongs to " + m.slug(), sentence));
                }
                mentions.add(new Mention(m.kind(), m.slug(), m.start() + offset, m.end() + offset, given));
            }
        }
        return new Block.Paragraph(text, mentions);
    }

    /** A run of list items: exercise references when every item names an exercise, else a plain list. */
    private static void flushList(List<String> items, SectionBuilder section, EntityLinker linker, List<Change> changes) {
        if (items.isEmpty()) {
            return;
        }
        List<Block.ExerciseReference> references = new ArrayList<>();
        for (String item : items) {
            Optional<Mention> exercise = linker.mentions(item).stream()
                    .filter(m -> m.kind() == Mention.Kind.EXERCISE && m.start() <= 3).findFirst();
            if (exercise.isEmpty()) {
                references = null;
                break;
            }
            references.add(new Block.ExerciseReference(exercise.get().slug(), item.substring(exercise.get().start(),
                    exercise.get().end()), DosageParser.parse(item).orElse(null)));
        }
        if (references != null) {
            section.blocks.addAll(references);
            references.forEach(r -> changes.add(new Change(Change.EXERCISE_LINKED,
                    "a list item naming a catalog exercise became an exercise reference", r.name())));
        } else {
            section.blocks.add(new Block.BulletList(items.stream().map(i -> paragraph(i, linker, changes)).toList(), false));
        }
        items.clear();
    }

    private static List<Finding> findings(List<Section> sections, Set<String> muscles, Set<String> conditions,
            Set<String> mentioned, CatalogVocabulary vocabulary) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.heading() == null || !ANNOUNCES_EXERCISES.matcher(s.heading()).find()) {
                continue;
            }
            boolean delivers = s.blocks().stream().anyMatch(b -> b instanceof Block.ExerciseReference
                    || b instanceof Block.BulletList
                    || (b instanceof Block.Paragraph p && p.mentions().stream().filter(m -> m.kind() == Mention.Kind.EXERCISE).count() >= 2));
            if (!delivers) {
                findings.add(new Finding("f" + (findings.size() + 1), Finding.EMPTY_LIST_SECTION,
                        "\"" + s.heading() + "\" announces exercises but lists none", i,
                        suggestions(muscles, conditions, mentioned, vocabulary)));
            }
        }
        boolean hasDisclaimer = sections.stream().flatMap(s -> s.blocks().stream())
                .anyMatch(b -> b instanceof Block.Callout c && c.kind().equals(Block.Callout.MEDICAL_DISCLAIMER));
        if (!conditions.isEmpty() && !hasDisclaimer) {
            findings.add(new Finding("f" + (findings.size() + 1), Finding.MISSING_DISCLAIMER,
                    "The article discusses " + String.join(", ", conditions) + " but never advises seeing a professional",
                    null, List.of()));
        }
        return findings;
    }

    /**
     * Exercises that fit the article: they train a muscle it discusses and are not to be avoided
     * for a condition it discusses; those the article itself names come first, then easier ones.
     */
    static List<String> suggestions(Set<String> muscles, Set<String> conditions, Set<String> mentioned,
            CatalogVocabulary vocabulary) {
        List<String> levels = List.of("beginner", "intermediate", "advanced");
        Set<String> trained = Phrasebook.expand(muscles);
        return vocabulary.exercises().stream()
                .filter(CatalogVocabulary.ExerciseTerm::active)
                .filter(e -> e.primaryMuscles().stream().anyMatch(trained::contains) || mentioned.contains(e.slug()))
                .filter(e -> e.avoidFor().stream().noneMatch(conditions::contains))
                .sorted(Comparator.<CatalogVocabulary.ExerciseTerm, Boolean>comparing(e -> !mentioned.contains(e.slug()))
                        .thenComparing(e -> levels.indexOf(e.level()))
                        .thenComparing(CatalogVocabulary.ExerciseTerm::slug))
                .limit(MAX_SUGGESTIONS)
                .map(CatalogVocabulary.ExerciseTerm::slug)
                .toList();
    }

    private static List<Mention> mentionsOf(Block block) {
        if (block instanceof Block.Paragraph p) {
            return p.mentions();
        }
        if (block instanceof Block.BulletList l) {
            return l.items().stream().flatMap(i -> i.mentions().stream()).toList();
        }
        return List.of();
    }

    private static boolean headingLike(String line) {
        int words = Words.count(line);
        char last = line.charAt(line.length() - 1);
        return words >= 1 && words <= 12 && line.length() <= 100 && ".,;:".indexOf(last) < 0
                && !Character.isLowerCase(line.codePointAt(0));
    }

    private static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        long common = x.stream().filter(y::contains).count();
        return (double) common / union.size() >= NEAR_DUPLICATE;
    }

    private static Set<String> shingles(String normalised) {
        String[] words = normalised.split(" ");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            shingles.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }
        return shingles;
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                sentences.add(s);
            }
        }
        return sentences;
    }

    private static String summary(List<Section> sections) {
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Paragraph p) {
                    String summary = "";
                    for (String sentence : sentences(p.text())) {
                        if (!summary.isEmpty() && summary.length() + sentence.length() > 280) {
                            break;
                        }
                        summary = summary.isEmpty() ? sentence : summary + " " + sentence;
                    }
                    return summary.length() > 300 ? summary.substring(0, 297) + "..." : summary;
                }
            }
        }
        return null;
    }

    private static Optional<String> firstSentence(List<Section> sections) {
        return Optional.ofNullable(summary(sections)).map(s -> sentences(s).get(0));
    }
}
