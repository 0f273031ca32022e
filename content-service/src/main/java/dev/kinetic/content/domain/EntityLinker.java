package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds catalog exercises, muscles and conditions in text by their names, aliases and synonyms in
 * the article's language and in English, compared word by word in analysed form (stemmed, accents
 * folded, stop words left out), preferring the longest match ("side plank" over "plank").
 *
 * <p>When one phrase names several exercises, the stronger claim wins: an exercise's own name over
 * another's alias, a curated exercise over an imported one. Two claims of equal strength make the
 * phrase ambiguous: it is reported, never guessed.
 */
final class EntityLinker {

    /** What a phrase points at and how strong that claim is (lower is stronger). */
    private record Target(Mention.Kind kind, String slug, int rank) {
    }

    /** A phrase of the text that several exercises claim equally. */
    record Ambiguity(String phrase, Set<String> slugs) {
    }

    /** The mentions found in a text and the phrases that could not be resolved. */
    record Links(List<Mention> mentions, List<Ambiguity> ambiguities) {
    }

    private static final int NAME = 0;
    private static final int ALIAS = 1;
    private static final int IMPORTED = 2;
    private static final int TERM = 4;

    private final TextAnalyzer analyzer;
    private final Map<String, Target> phrases = new HashMap<>();
    private final Map<String, Set<String>> ambiguous = new HashMap<>();
    /** First words of every phrase: a word that starts none is passed over without building any key. */
    private final Set<String> firstTerms = new java.util.HashSet<>();
    private int longest = 1;

    EntityLinker(CatalogVocabulary vocabulary, String locale) {
        this.analyzer = TextAnalyzer.forLocale(locale);
        String language = TextAnalyzer.language(locale);
        for (CatalogVocabulary.ExerciseTerm e : vocabulary.exercises()) {
            if (!e.active()) {
                continue;
            }
            int origin = e.curated() ? 0 : IMPORTED;
            add(e.name(), new Target(Mention.Kind.EXERCISE, e.slug(), NAME + origin));
            e.aliases().forEach(a -> add(a, new Target(Mention.Kind.EXERCISE, e.slug(), ALIAS + origin)));
            if (!language.equals("en")) {
                List<String> names = e.names().getOrDefault(language, List.of());
                for (int i = 0; i < names.size(); i++) {
                    add(names.get(i), new Target(Mention.Kind.EXERCISE, e.slug(), (i == 0 ? NAME : ALIAS) + origin));
                }
            }
        }
        for (CatalogVocabulary.Term m : vocabulary.muscles()) {
            terms(m, Mention.Kind.MUSCLE, language);
        }
        for (CatalogVocabulary.Term c : vocabulary.conditions()) {
            terms(c, Mention.Kind.CONDITION, language);
        }
    }

    private void terms(CatalogVocabulary.Term term, Mention.Kind kind, String language) {
        Target target = new Target(kind, term.slug(), TERM);
        add(term.label(), target);
        term.synonyms().forEach(s -> add(s, target));
        term.localized().getOrDefault(language, Set.of()).forEach(s -> add(s, target));
    }

    private void add(String phrase, Target target) {
        if (phrase == null) {
            return;
        }
        List<String> terms = analyzer.terms(phrase);
        if (terms.isEmpty()) {
            return;
        }
        String key = String.join(" ", terms);
        longest = Math.max(longest, terms.size());
        firstTerms.add(terms.get(0));
        Target held = phrases.get(key);
        if (held == null || target.rank() < held.rank()) {
            phrases.put(key, target);
            ambiguous.remove(key);
        } else if (target.rank() == held.rank() && !target.slug().equals(held.slug()) && target.kind() == held.kind()) {
            ambiguous.computeIfAbsent(key, k -> new LinkedHashSet<>(Set.of(held.slug()))).add(target.slug());
        }
    }

    List<Mention> mentions(String text) {
        return link(text).mentions();
    }

    Links link(String text) {
        List<TextAnalyzer.Token> tokens = analyzer.tokens(text);
        List<Mention> found = new ArrayList<>();
        List<Ambiguity> unresolved = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!firstTerms.contains(tokens.get(i).term())) {
                i++;
                continue;
            }
            int matched = 0;
            String[] keys = new String[Math.min(longest, tokens.size() - i)];
            StringBuilder key = new StringBuilder();
            for (int n = 0; n < keys.length; n++) {
                if (n > 0) {
                    key.append(' ');
                }
                keys[n] = key.append(tokens.get(i + n).term()).toString();
            }
            for (int n = keys.length; n >= 1 && matched == 0; n--) {
                String k = keys[n - 1];
                Target target = phrases.get(k);
                if (target == null) {
                    continue;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(i + n - 1).end();
                if (ambiguous.containsKey(k)) {
                    unresolved.add(new Ambiguity(text.substring(start, end), ambiguous.get(k)));
                } else {
                    found.add(new Mention(target.kind(), target.slug(), start, end, null));
                }
                matched = n;
            }
            i += Math.max(matched, 1);
        }
        return new Links(found, unresolved);
    }
}
