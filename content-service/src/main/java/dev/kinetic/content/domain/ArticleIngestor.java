package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kinetic.content.domain.IngestionReport.Change;
import dev.kinetic.content.domain.IngestionReport.Finding;

/**
 * Turns an article as it arrived into a structured draft an editor can trust, and says what it did:
 * page furniture and repeats removed ({@link PageCleaner}), the headline found, exercises presented
 * as items turned into exercise blocks with their instructions and dosage ({@link ExerciseItems},
 * {@link DosageParser}), image credits kept as metadata, advice to see a professional kept as a
 * callout, muscles and conditions tagged, advice against an exercise and other senses of its words
 * never turned into a recommendation, and findings raised where the article promises what it does
 * not deliver or names an exercise ambiguously.
 */
public final class ArticleIngestor {

    public static final String ADVISED_AGAINST = "advised-against";
    public static final String OTHER_SENSE = "other-sense-ignored";
    public static final String AMBIGUOUS_EXERCISE = "ambiguous-exercise";

    private static final Set<String> ANNOUNCES_EXERCISES = Set.of("workouts", "exercises", "routine", "routines", "moves", "drills",
            "programme", "program", "stretches", "ejercicios", "rutina", "estiramientos", "exercices", "ubungen", "programa");
    private static final Set<String> DOSAGE_LABELS = Set.of("sets", "set", "reps", "rep", "hold", "dosage", "dose", "dosis",
            "series", "repeticiones", "mantener", "duration", "rest", "descanso", "time", "tiempo", "rounds", "séries", "répétitions",
            "satze", "wiederholungen", "dauer");
    private static final int MAX_SUGGESTIONS = 6;

    private final Map<String, EntityLinker> linkers = new ConcurrentHashMap<>();
    private volatile CatalogVocabulary linked;

    /** Ingests pasted plain text. */
    public Ingestion ingest(String text, String locale, CatalogVocabulary vocabulary) {
        return ingest(PlainTextReader.read(text), locale, vocabulary);
    }

    public Ingestion ingest(SourcePage page, String locale, CatalogVocabulary vocabulary) {
        List<Change> changes = new ArrayList<>();
        PageCleaner.Cleaned cleaned = PageCleaner.clean(page, changes);
        Run run = new Run(linker(vocabulary, locale), locale, changes, plain(page));
        String title = null;
        if (cleaned.title() >= 0) {
            title = ExerciseItems.trimPunctuation(cleaned.blocks().get(cleaned.title()).text());
            changes.add(new Change(Change.TITLE_RECOGNISED, cleaned.blocks().get(cleaned.title()).kind() == SourceBlock.Kind.HEADING
                    ? "the article's main heading" : "the longest headline-like line above the first paragraph", title));
        } else if (cleaned.declaredTitle() != null) {
            title = withoutSiteName(cleaned.declaredTitle());
            changes.add(new Change(Change.TITLE_RECOGNISED, "the title the page declares, without the site's name", cleaned.declaredTitle()));
        }
        List<SourceBlock> body = new ArrayList<>(cleaned.blocks());
        if (cleaned.title() >= 0) {
            body.remove(cleaned.title());
        }
        List<Section> sections = run.sections(body);
        return run.result(title, sections, vocabulary);
    }

    private static boolean plain(SourcePage page) {
        return page.blocks().stream().anyMatch(SourceBlock::continues) || page.blocks().stream().anyMatch(SourceBlock::standalone);
    }

    private EntityLinker linker(CatalogVocabulary vocabulary, String locale) {
        if (linked != vocabulary) {
            linkers.clear();
            linked = vocabulary;
        }
        return linkers.computeIfAbsent(TextAnalyzer.language(locale), l -> new EntityLinker(vocabulary, locale));
    }

    /** "Runner's Knee Exercises - StrideLab" → "Runner's Knee Exercises": the longest part between title separators. */
    static String withoutSiteName(String declared) {
        String best = declared;
        for (String sep : List.of(" | ", " - ", " – ", " — ", " · ", " :: ", " » ")) {
            if (declared.contains(sep)) {
                best = "";
                for (String part : declared.split(java.util.regex.Pattern.quote(sep))) {
                    if (part.strip().length() > best.length()) {
                        best = part.strip();
                    }
                }
                break;
            }
        }
        return best;
    }

    /** One ingestion: the linker, the article's language and the report being written. */
    private static final class Run {
        private final EntityLinker linker;
        private final String locale;
        private final List<Change> changes;
        private final boolean plain;
        private final List<Finding> ambiguities = new ArrayList<>();
        /** Item heads by block: each block is looked up once however often the structure pass asks. */
        private final Map<SourceBlock, Optional<ExerciseItems.Head>> heads = new java.util.IdentityHashMap<>();

        Run(EntityLinker linker, String locale, List<Change> changes, boolean plain) {
            this.linker = linker;
            this.locale = locale;
            this.changes = changes;
            this.plain = plain;
        }

        private static final class SectionBuilder {
            final String heading;
            final boolean against;
            final List<Block> blocks = new ArrayList<>();

            SectionBuilder(String heading) {
                this.heading = heading;
                this.against = Senses.againstHeading(heading);
            }
        }

        /** The sections read so far, the one being filled, and the column names of the table being read in it. */
        private static final class Outline {
            final List<SectionBuilder> sections = new ArrayList<>();
            SectionBuilder current = new SectionBuilder(null);
            List<String> header = List.of();

            Outline() {
                sections.add(current);
            }

            void open(String heading) {
                current = new SectionBuilder(heading);
                sections.add(current);
                header = List.of();
            }
        }

        List<Section> sections(List<SourceBlock> body) {
            Outline outline = new Outline();
            int i = 0;
            while (i < body.size()) {
                i = read(body, i, outline);
            }
            return built(outline);
        }

        /** Reads the structure that starts at block {@code i} into the outline; the index after it. */
        private int read(List<SourceBlock> body, int i, Outline outline) {
            SourceBlock b = body.get(i);
            SectionBuilder current = outline.current;
            if (b.kind() == SourceBlock.Kind.IMAGE) {
                current.blocks.add(image(b));
                return i + 1;
            }
            if (b.kind() == SourceBlock.Kind.ROW && (b.header() || headerLike(b, i == 0 ? null : body.get(i - 1)))) {
                outline.header = b.cells();
                current.blocks.add(new Block.Paragraph(b.text(), List.of()));
                return i + 1;
            }
            if (credit(b, current.blocks)) {
                return i + 1;
            }
            Optional<ExerciseItems.Head> head = current.against ? Optional.empty() : head(b);
            if (head.isPresent()) {
                int end = itemEnd(body, i, head.get());
                current.blocks.add(item(b, head.get(), body.subList(i + 1, end), outline.header));
                return end;
            }
            if (sectionHeading(b)) {
                outline.open(b.text().strip());
                changes.add(new Change(Change.HEADING_RECOGNISED, b.kind() == SourceBlock.Kind.HEADING ? "a heading of the page"
                        : "a short line without closing punctuation", b.text()));
                return i + 1;
            }
            if (b.kind() == SourceBlock.Kind.ITEM) {
                return bulletList(body, i, current);
            }
            current.blocks.add(prose(b.kind() == SourceBlock.Kind.ROW ? String.join(" — ", b.cells()) : b.text(), current.against));
            return i + 1;
        }

        /** A run of list items that are not exercise items (under an advice-against heading, none is). */
        private int bulletList(List<SourceBlock> body, int start, SectionBuilder current) {
            int end = start;
            List<Block.Paragraph> items = new ArrayList<>();
            while (end < body.size() && body.get(end).kind() == SourceBlock.Kind.ITEM
                    && (end == start || head(body.get(end)).isEmpty() || current.against)) {
                items.add(paragraph(body.get(end).text(), current.against));
                end++;
            }
            current.blocks.add(new Block.BulletList(items, body.get(start).ordered()));
            return end;
        }

        /** The outline's sections, without headings left empty (unless they announce exercises: that is a finding). */
        private List<Section> built(Outline outline) {
            List<Section> built = new ArrayList<>();
            for (SectionBuilder s : outline.sections) {
                if (s.blocks.isEmpty() && s.heading != null && !announcesExercises(s.heading)) {
                    changes.add(new Change("empty-section-removed", "nothing remained under this heading", s.heading));
                    continue;
                }
                if (!s.blocks.isEmpty() || s.heading != null) {
                    built.add(new Section(s.heading, s.blocks));
                }
            }
            return built;
        }

        /** The first row of a table without header cells that names columns ("Move | Sets | Reps"). */
        private static boolean headerLike(SourceBlock row, SourceBlock previous) {
            if (previous != null && previous.kind() == SourceBlock.Kind.ROW) {
                return false;
            }
            boolean digits = row.cells().stream().anyMatch(c -> c.chars().anyMatch(Character::isDigit));
            return !digits && row.cells().stream().map(Boilerplate::key).anyMatch(c -> column(c, "set", "sets", "series", "reps",
                    "repetitions", "repeticiones", "hold", "rest", "satze", "wiederholungen"));
        }

        private Optional<ExerciseItems.Head> head(SourceBlock b) {
            return heads.computeIfAbsent(b, x -> ExerciseItems.head(x, linker, locale));
        }

        private boolean sectionHeading(SourceBlock b) {
            if (b.kind() == SourceBlock.Kind.HEADING) {
                return true;
            }
            return plain && b.kind() == SourceBlock.Kind.PARAGRAPH && PageCleaner.headingLike(b.text())
                    && DosageParser.parse(b.text(), locale).isEmpty();
        }

        /** Where an item's blocks end: at the next heading, item or disclaimer, or (plain text) the next blank line. */
        private int itemEnd(List<SourceBlock> body, int start, ExerciseItems.Head head) {
            SourceBlock first = body.get(start);
            int j = start + 1;
            boolean openEnded = first.kind() == SourceBlock.Kind.HEADING || !head.selfContained();
            while (j < body.size()) {
                SourceBlock b = body.get(j);
                if (first.kind() == SourceBlock.Kind.ROW) {
                    break;
                }
                if (first.kind() == SourceBlock.Kind.TERM) {
                    if (b.kind() != SourceBlock.Kind.DEFINITION) {
                        break;
                    }
                    j++;
                    continue;
                }
                if (b.kind() == SourceBlock.Kind.HEADING || b.kind() == SourceBlock.Kind.ROW) {
                    break;
                }
                boolean step = first.kind() == SourceBlock.Kind.HEADING && b.kind() == SourceBlock.Kind.ITEM;
                if (b.kind() != SourceBlock.Kind.IMAGE && (Disclaimers.isDisclaimer(b.text())
                        || !step && head(b).isPresent())) {
                    break;
                }
                if (plain) {
                    if (!b.continues() || sectionHeading(b) && !dosageLine(b)) {
                        break;
                    }
                } else if (!openEnded && !dosageLine(b) && !(first.kind() == SourceBlock.Kind.ITEM && b.kind() == SourceBlock.Kind.ITEM
                        && b.level() > first.level())) {
                    break;
                } else if (openEnded && first.kind() != SourceBlock.Kind.HEADING && b.kind() == SourceBlock.Kind.ITEM
                        && first.kind() == SourceBlock.Kind.ITEM && b.level() <= first.level()) {
                    break;
                }
                j++;
            }
            return j;
        }

        private boolean dosageLine(SourceBlock b) {
            String key = Boilerplate.key(b.lead() != null ? b.lead() : b.text());
            int space = key.indexOf(' ');
            String first = space < 0 ? key : key.substring(0, space);
            return DOSAGE_LABELS.contains(first) && (b.lead() != null || b.text().contains(":"))
                    || DosageParser.isOnlyDosage(b.text(), locale);
        }

        private Block.ExerciseReference item(SourceBlock headBlock, ExerciseItems.Head head, List<SourceBlock> rest, List<String> header) {
            List<Block> body = new ArrayList<>();
            Dosage labelled = null;
            Dosage stated = null;
            if (headBlock.kind() == SourceBlock.Kind.ROW) {
                stated = DosageParser.parse(rowDosage(headBlock.cells(), header), locale).orElse(null);
                List<String> notes = notes(headBlock.cells(), header);
                if (!notes.isEmpty()) {
                    body.add(paragraph(String.join(" — ", notes), false));
                }
            }
            if (head.rest() != null) {
                body.add(prose(head.rest(), false));
                stated = DosageParser.parse(head.rest(), locale).orElse(null);
            }
            List<Block.Paragraph> steps = new ArrayList<>();
            for (SourceBlock b : rest) {
                if (b.kind() == SourceBlock.Kind.IMAGE) {
                    body.add(image(b));
                    continue;
                }
                if (credit(b, body)) {
                    continue;
                }
                Dosage d = DosageParser.parse(b.text(), locale).orElse(null);
                if (dosageLine(b)) {
                    labelled = labelled == null ? d : labelled.orElse(d);
                } else {
                    stated = stated == null ? d : stated.orElse(d);
                }
                if (b.kind() == SourceBlock.Kind.ITEM) {
                    steps.add(paragraph(b.text(), false));
                    continue;
                }
                if (!steps.isEmpty()) {
                    body.add(new Block.BulletList(steps, true));
                    steps = new ArrayList<>();
                }
                body.add(prose(b.text(), false));
            }
            if (!steps.isEmpty()) {
                body.add(new Block.BulletList(steps, true));
            }
            Dosage dosage = labelled != null ? labelled.orElse(stated) : stated;
            if (dosage != null && dosage.isEmpty()) {
                dosage = null;
            }
            changes.add(new Change(Change.EXERCISE_LINKED, "an item naming a catalog exercise became an exercise block", head.name()));
            if (dosage != null) {
                changes.add(new Change(Change.DOSAGE_ATTACHED, "the dosage the item states belongs to " + head.slug(), head.name()));
            }
            return new Block.ExerciseReference(head.slug(), head.name(), dosage, body);
        }

        /** A table row's dosage cells as a phrase: the header says what each number counts. */
        private static String rowDosage(List<String> cells, List<String> header) {
            StringBuilder sb = new StringBuilder();
            for (int c = 1; c < cells.size(); c++) {
                String h = c < header.size() ? Boilerplate.key(header.get(c)) : "";
                String cell = cells.get(c).strip();
                boolean bare = !cell.isEmpty() && cell.chars().allMatch(ch -> Character.isDigit(ch) || " -–—to".indexOf(ch) >= 0);
                if (column(h, "set", "sets", "series", "rounds", "satze", "series")) {
                    sb.append(bare ? cell + " sets" : cell);
                } else if (column(h, "rep", "reps", "repetitions", "repeticiones", "wiederholungen", "repetitions")) {
                    sb.append(bare ? cell + " reps" : cell);
                } else if (column(h, "hold", "time", "duration", "tiempo", "duree", "dauer")) {
                    sb.append(bare ? "hold " + cell + " seconds" : "hold " + cell);
                } else if (column(h, "rest", "descanso", "repos", "pause")) {
                    sb.append(bare ? "rest " + cell + " seconds" : "rest " + cell);
                } else if (header.isEmpty()) {
                    sb.append(cell);
                } else {
                    continue;
                }
                sb.append("; ");
            }
            return sb.toString();
        }

        private static List<String> notes(List<String> cells, List<String> header) {
            List<String> notes = new ArrayList<>();
            for (int c = 1; c < cells.size() && c < header.size(); c++) {
                String h = Boilerplate.key(header.get(c));
                if (column(h, "note", "notes", "cue", "cues", "tips", "notas", "consejos", "remarques", "hinweise") && !cells.get(c).isBlank()) {
                    notes.add(cells.get(c).strip());
                }
            }
            return notes;
        }

        private static boolean column(String header, String... words) {
            for (String w : header.split(" ")) {
                for (String x : words) {
                    if (w.equals(x)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Block.Image image(SourceBlock b) {
            return new Block.Image(safeUrl(b.url()), b.alt() == null || b.alt().isEmpty() ? null : b.alt(), null, null);
        }

        /** Only links a client may render: https or site-relative (never javascript:, data: or plain http). */
        private static String safeUrl(String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            String u = url.strip();
            return u.length() <= ArticleLimits.URL && dev.kinetic.platform.validation.SafeText.safeUrl(u) ? u : null;
        }

        /** A caption or credit line: attached to the image just before it, or an image of its own. */
        private boolean credit(SourceBlock b, List<Block> blocks) {
            if (b.kind() != SourceBlock.Kind.PARAGRAPH && b.kind() != SourceBlock.Kind.CAPTION) {
                return false;
            }
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            boolean nearImage = last instanceof Block.Image || b.kind() == SourceBlock.Kind.CAPTION;
            Optional<ImageCredits.Found> found = ImageCredits.find(b.text(), nearImage);
            if (found.isEmpty()) {
                if (b.kind() == SourceBlock.Kind.CAPTION && last instanceof Block.Image image && image.caption() == null) {
                    blocks.set(blocks.size() - 1, new Block.Image(image.url(), image.alt(), b.text(), image.credit()));
                    return true;
                }
                return false;
            }
            ImageCredits.Found f = found.get();
            changes.add(new Change(Change.IMAGE_CREDIT_EXTRACTED, "kept as the credit of an image, not as prose", b.text()));
            if (last instanceof Block.Image image && image.credit() == null) {
                blocks.set(blocks.size() - 1, new Block.Image(image.url(), image.alt(),
                        f.caption() != null ? f.caption() : image.caption(), f.credit()));
            } else {
                blocks.add(new Block.Image(null, null, f.caption(), f.credit()));
            }
            return true;
        }

        /** Prose, or a medical-disclaimer callout when it advises seeing a professional. */
        private Block prose(String text, boolean against) {
            if (Disclaimers.isDisclaimer(text)) {
                changes.add(new Change(Change.DISCLAIMER_KEPT, "advises seeing a professional: kept as a medical-disclaimer callout", text));
                return new Block.Callout(Block.Callout.MEDICAL_DISCLAIMER, text);
            }
            return paragraph(text, against);
        }

        private Block.Paragraph paragraph(String text, boolean against) {
            List<Mention> mentions = new ArrayList<>();
            for (int[] span : sentences(text)) {
                String sentence = text.substring(span[0], span[1]);
                EntityLinker.Links links = linker.link(sentence);
                for (EntityLinker.Ambiguity a : links.ambiguities()) {
                    ambiguities.add(new Finding("", AMBIGUOUS_EXERCISE, "\"" + a.phrase() + "\" could name " + String.join(" or ", a.slugs())
                            + ": link the one meant", null, List.copyOf(a.slugs())));
                }
                List<Mention> kept = new ArrayList<>();
                for (Mention m : links.mentions()) {
                    if (m.kind() == Mention.Kind.EXERCISE) {
                        String matched = sentence.substring(m.start(), m.end());
                        boolean oneWord = matched.indexOf(' ') < 0 && matched.indexOf('-') < 0;
                        if (Senses.otherSense(sentence, m.start(), m.end(), oneWord)) {
                            changes.add(new Change(OTHER_SENSE, "\"" + matched + "\" is used in another sense here, not as " + m.slug(), sentence));
                            continue;
                        }
                        if (against || Senses.advisedAgainst(sentence, m.start())) {
                            changes.add(new Change(ADVISED_AGAINST, "the article advises against " + m.slug() + " here: not linked as a recommendation",
                                    sentence));
                            continue;
                        }
                    }
                    kept.add(m);
                }
                Optional<Dosage> dosage = DosageParser.parse(sentence, locale);
                String dosed = dosage.isEmpty() ? null : kept.stream().filter(m -> m.kind() == Mention.Kind.EXERCISE)
                        .reduce((a, b) -> b).map(Mention::slug).orElse(null);
                for (Mention m : kept) {
                    Dosage given = m.kind() == Mention.Kind.EXERCISE && m.slug().equals(dosed) ? dosage.get() : null;
                    if (given != null) {
                        changes.add(new Change(Change.DOSAGE_ATTACHED, "the dosage in this sentence belongs to " + m.slug(), sentence));
                    }
                    mentions.add(new Mention(m.kind(), m.slug(), m.start() + span[0], m.end() + span[0], given));
                }
            }
            return new Block.Paragraph(text, mentions);
        }

        Ingestion result(String title, List<Section> sections, CatalogVocabulary vocabulary) {
            Set<String> muscles = new LinkedHashSet<>();
            Set<String> conditions = new LinkedHashSet<>();
            Set<String> exercises = new LinkedHashSet<>();
            for (Section section : sections) {
                collect(section.blocks(), muscles, conditions, exercises);
                tagTerms(section.heading(), muscles, conditions);
            }
            tagTerms(title, muscles, conditions);
            List<Finding> findings = findings(sections, muscles, conditions, exercises, vocabulary);
            String resolvedTitle = title != null && !title.isBlank() ? title : firstSentence(sections).orElse("Untitled");
            ArticleDraft draft = new ArticleDraft(resolvedTitle, summary(sections), locale, sections, muscles, conditions, exercises);
            return new Ingestion(draft, new IngestionReport(changes, findings));
        }

        private void tagTerms(String text, Set<String> muscles, Set<String> conditions) {
            if (text == null) {
                return;
            }
            for (Mention m : linker.mentions(text)) {
                if (m.kind() == Mention.Kind.CONDITION) {
                    conditions.add(m.slug());
                } else if (m.kind() == Mention.Kind.MUSCLE) {
                    muscles.add(m.slug());
                }
            }
        }

        private void collect(List<Block> blocks, Set<String> muscles, Set<String> conditions, Set<String> exercises) {
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    for (Mention m : p.mentions()) {
                        (m.kind() == Mention.Kind.MUSCLE ? muscles : m.kind() == Mention.Kind.CONDITION ? conditions : exercises).add(m.slug());
                    }
                } else if (block instanceof Block.BulletList l) {
                    collect(new ArrayList<>(l.items()), muscles, conditions, exercises);
                } else if (block instanceof Block.ExerciseReference ref) {
                    exercises.add(ref.exerciseSlug());
                    collect(ref.body(), muscles, conditions, exercises);
                } else if (block instanceof Block.Callout c) {
                    tagTerms(c.text(), muscles, conditions);
                }
            }
        }

        private List<Finding> findings(List<Section> sections, Set<String> muscles, Set<String> conditions, Set<String> mentioned,
                CatalogVocabulary vocabulary) {
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                if (s.heading() == null || !announcesExercises(s.heading()) || Senses.againstHeading(s.heading())) {
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
            boolean hasDisclaimer = sections.stream().flatMap(s -> s.blocks().stream()).anyMatch(Run::disclaimer);
            if (!conditions.isEmpty() && !hasDisclaimer) {
                findings.add(new Finding("f" + (findings.size() + 1), Finding.MISSING_DISCLAIMER,
                        "The article discusses " + String.join(", ", conditions) + " but never advises seeing a professional",
                        null, List.of()));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Finding a : ambiguities) {
                if (seen.add(a.message())) {
                    findings.add(new Finding("f" + (findings.size() + 1), a.kind(), a.message(), null, a.suggestedExercises()));
                }
            }
            return findings;
        }

        private static boolean disclaimer(Block b) {
            if (b instanceof Block.Callout c) {
                return c.kind().equals(Block.Callout.MEDICAL_DISCLAIMER);
            }
            return b instanceof Block.ExerciseReference ref && ref.body().stream().anyMatch(Run::disclaimer);
        }
    }

    private static boolean announcesExercises(String heading) {
        for (String w : Boilerplate.key(heading).split(" ")) {
            if (ANNOUNCES_EXERCISES.contains(w)) {
                return true;
            }
        }
        String key = Boilerplate.key(heading);
        return key.contains("try these") || key.contains("workout");
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
                        .thenComparing(e -> !e.curated())
                        .thenComparing(e -> levels.indexOf(e.level()))
                        .thenComparing(CatalogVocabulary.ExerciseTerm::slug))
                .limit(MAX_SUGGESTIONS)
                .map(CatalogVocabulary.ExerciseTerm::slug)
                .toList();
    }

    /** Sentence spans: cut after . ! ? followed by a space; linear. */
    static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                if (i + 1 > start) {
                    spans.add(new int[] { start, i + 1 });
                }
                start = i + 2;
            }
        }
        if (start < text.length()) {
            spans.add(new int[] { start, text.length() });
        }
        return spans;
    }

    private static String summary(List<Section> sections) {
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Paragraph p && PageCleaner.prose(p.text())) {
                    String summary = "";
                    for (int[] span : sentences(p.text())) {
                        String sentence = p.text().substring(span[0], span[1]);
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
        return Optional.ofNullable(summary(sections)).map(s -> s.substring(0, sentences(s).get(0)[1]));
    }
}
