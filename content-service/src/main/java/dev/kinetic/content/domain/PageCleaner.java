package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kinetic.content.domain.IngestionReport.Change;

/**
 * The first pass of ingestion: finds the headline and leaves out everything that is not article
 * text — the site's masthead above the headline, page furniture (see {@link Boilerplate}), lists of
 * related links, author boxes, and paragraphs that repeat an earlier one — reporting each removal.
 *
 * <p>Repeats are found through an index of word triples, so each paragraph is compared only with the
 * few earlier ones that share words with it: the pass stays linear in the article.
 */
final class PageCleaner {

    /** The article's blocks without furniture, and the index of the headline among them (or -1). */
    record Cleaned(List<SourceBlock> blocks, int title, String declaredTitle) {
    }

    private static final double NEAR_DUPLICATE = 0.8;
    private static final int MIN_WORDS_FOR_DUPLICATE = 12;
    private static final int MAX_CANDIDATES_PER_SHINGLE = 32;
    private static final int MAX_RELATED_LINES = 12;

    private PageCleaner() {
    }

    static Cleaned clean(SourcePage page, List<Change> changes) {
        for (SourcePage.Removed r : page.removed()) {
            changes.add(new Change(Change.NAVIGATION_REMOVED, r.reason(), r.text()));
        }
        double latinShare = latinShare(page.blocks());
        List<SourceBlock> kept = new ArrayList<>();
        int related = 0;
        String bioName = null;
        boolean signOff = false;
        Duplicates duplicates = new Duplicates();
        for (SourceBlock b : page.blocks()) {
            if (b.kind() == SourceBlock.Kind.IMAGE) {
                kept.add(b);
                continue;
            }
            String text = b.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (related > 0 && related <= MAX_RELATED_LINES && linkLike(b)) {
                related++;
                changes.add(new Change(Change.NAVIGATION_REMOVED, "a link in a list of related articles, not article text", text));
                continue;
            }
            related = 0;
            if (signOff && Words.count(text) <= 4 && !text.endsWith(".")) {
                changes.add(new Change(Change.NAVIGATION_REMOVED, "the sender's name under a sign-off, not article text", text));
                signOff = false;
                continue;
            }
            signOff = false;
            if (bioName != null && text.startsWith(bioName + " ")) {
                changes.add(new Change(Change.NAVIGATION_REMOVED, "the author's biography, not article text", text));
                bioName = null;
                continue;
            }
            bioName = null;
            if (b.kind() != SourceBlock.Kind.ROW) {
                Optional<Boilerplate.Verdict> furniture = Boilerplate.classify(text, latinShare);
                if (furniture.isPresent() && !ImageCredits.find(text, false).isPresent()) {
                    Boilerplate.Verdict v = furniture.get();
                    changes.add(new Change(v.kind() == Boilerplate.Kind.ADVERTISEMENT ? Change.ADVERTISEMENT_REMOVED
                            : Change.NAVIGATION_REMOVED, v.reason(), text));
                    if (v.kind() == Boilerplate.Kind.RELATED) {
                        related = 1;
                    }
                    signOff = v.kind() == Boilerplate.Kind.SIGN_OFF;
                    bioName = authorFirstName(text);
                    continue;
                }
            }
            if (b.kind() == SourceBlock.Kind.PARAGRAPH && Words.count(text) >= MIN_WORDS_FOR_DUPLICATE) {
                Optional<String> earlier = duplicates.earlier(text);
                if (earlier.isPresent()) {
                    changes.add(new Change(Change.DUPLICATE_REMOVED, earlier.get().equals(Words.normalised(text))
                            ? "repeats an earlier paragraph word for word" : "nearly repeats an earlier paragraph", text));
                    continue;
                }
            }
            kept.add(b);
        }
        int title = title(kept);
        List<SourceBlock> body = new ArrayList<>();
        int newTitle = -1;
        for (int i = 0; i < kept.size(); i++) {
            SourceBlock b = kept.get(i);
            if (title >= 0 && i < title && b.kind() != SourceBlock.Kind.IMAGE && !prose(b.text())) {
                changes.add(new Change(Change.NAVIGATION_REMOVED, "the site's masthead above the headline, not article text", b.text()));
                continue;
            }
            if (i == title) {
                newTitle = body.size();
            }
            body.add(b);
        }
        return new Cleaned(body, newTitle, page.declaredTitle());
    }

    /**
     * The headline: the first level-1 heading; else, before the first paragraph of prose, the longest
     * heading-like line standing on its own (a section heading sits directly on its paragraph), or
     * failing that the longest heading-like line there.
     */
    static int title(List<SourceBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == SourceBlock.Kind.HEADING && blocks.get(i).level() == 1) {
                return i;
            }
        }
        int best = -1;
        int bestWords = 0;
        int fallback = -1;
        int fallbackWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i);
            if (b.kind() == SourceBlock.Kind.IMAGE) {
                continue;
            }
            if (prose(b.text()) && b.kind() != SourceBlock.Kind.HEADING) {
                break;
            }
            if (!headingLike(b.text()) || b.kind() == SourceBlock.Kind.ROW) {
                continue;
            }
            int words = Words.count(b.text());
            boolean own = b.kind() == SourceBlock.Kind.HEADING || b.standalone();
            if (own && words > bestWords) {
                best = i;
                bestWords = words;
            }
            if (words > fallbackWords) {
                fallback = i;
                fallbackWords = words;
            }
        }
        return best >= 0 ? best : fallback;
    }

    /** A sentence of prose rather than a label: long, or ending like a sentence. */
    static boolean prose(String text) {
        int words = Words.count(text);
        String t = text.strip();
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return words >= 16 || words >= 6 && ".!:;".indexOf(last) >= 0 && !t.endsWith("...");
    }

    static boolean headingLike(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        int words = Words.count(t);
        char last = t.charAt(t.length() - 1);
        return words >= 1 && words <= 16 && t.length() <= 140 && ".,;:".indexOf(last) < 0
                && !Character.isLowerCase(t.codePointAt(0));
    }

    private static boolean linkLike(SourceBlock b) {
        String t = b.text().strip();
        return Words.count(t) <= 16 && (!t.endsWith(".") || b.kind() == SourceBlock.Kind.ITEM);
    }

    private static String authorFirstName(String line) {
        String key = Boilerplate.key(line);
        for (String opening : List.of("written by ", "posted by ", "escrito por ", "ecrit par ", "geschrieben von ", "by ")) {
            if (key.startsWith(opening)) {
                String rest = line.strip().substring(Math.min(line.strip().length(), opening.length())).strip();
                int space = rest.indexOf(' ');
                String name = space > 0 ? rest.substring(0, space) : rest;
                return name.length() >= 2 && Character.isUpperCase(name.codePointAt(0)) ? name : null;
            }
        }
        return null;
    }

    /** The article's share of Latin letters, over its first 200,000 characters or so, counted without joining the blocks. */
    private static double latinShare(List<SourceBlock> blocks) {
        Words.LetterCount count = new Words.LetterCount();
        int length = 0;
        for (SourceBlock b : blocks) {
            if (length > 200_000) {
                break;
            }
            count.add(b.text());
            length += b.text().length() + 1;
        }
        return count.latinShare();
    }

    /**
     * Paragraphs seen so far, by their normalised words and by the word triples they hold; a new one is compared only
     * with those sharing triples. A triple is kept as a 64-bit hash of its three words (mixed from each word's own
     * hash and length), not as a string: building and hashing a string per triple was most of the pass's cost, and
     * two different triples of one article sharing a hash is not a practical concern.
     */
    private static final class Duplicates {
        private final Set<String> exact = new HashSet<>();
        private final Map<Long, List<Integer>> byShingle = new HashMap<>();
        private final List<Integer> shingleCounts = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();

        Optional<String> earlier(String text) {
            List<String> words = Words.stems(text);
            String normalised = String.join(" ", words);
            if (exact.contains(normalised)) {
                return Optional.of(normalised);
            }
            Set<Long> shingles = shingles(words);
            Map<Integer, Integer> shared = new HashMap<>();
            for (Long s : shingles) {
                List<Integer> ids = byShingle.get(s);
                if (ids != null) {
                    for (int k = 0; k < ids.size() && k < MAX_CANDIDATES_PER_SHINGLE; k++) {
                        shared.merge(ids.get(k), 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int other = shingleCounts.get(e.getKey());
                double jaccard = (double) e.getValue() / (shingles.size() + other - e.getValue());
                if (jaccard >= NEAR_DUPLICATE) {
                    return Optional.of(texts.get(e.getKey()));
                }
            }
            int id = texts.size();
            texts.add(normalised);
            shingleCounts.add(shingles.size());
            exact.add(normalised);
            for (Long s : shingles) {
                byShingle.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
            }
            return Optional.empty();
        }

        private static Set<Long> shingles(List<String> words) {
            Set<Long> shingles = new HashSet<>();
            for (int i = 0; i + 2 < words.size(); i++) {
                shingles.add(mix(mix(mix(word(words.get(i))) ^ word(words.get(i + 1))) ^ word(words.get(i + 2))));
            }
            return shingles;
        }

        private static long word(String w) {
            return ((long) w.hashCode() << 32) | w.length();
        }

        /** A 64-bit finaliser (splitmix64's), so each word's bits reach every bit of the triple's hash. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }
}
