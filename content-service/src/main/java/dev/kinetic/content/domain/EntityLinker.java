package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds catalog exercises, muscles and conditions in text by their names, aliases and synonyms,
 * word by word (so plurals match), preferring the longest match ("side plank" over "plank").
 */
final class EntityLinker {

    private record Target(Mention.Kind kind, String slug) {
    }

    private final Map<List<String>, Target> phrases = new HashMap<>();
    private int longest = 1;

    EntityLinker(CatalogVocabulary vocabulary) {
        for (CatalogVocabulary.ExerciseTerm e : vocabulary.exercises()) {
            if (!e.active()) {
                continue;
            }
            add(e.name(), new Target(Mention.Kind.EXERCISE, e.slug()));
            e.aliases().forEach(a -> add(a, new Target(Mention.Kind.EXERCISE, e.slug())));
        }
        for (CatalogVocabulary.Term m : vocabulary.muscles()) {
            add(m.label(), new Target(Mention.Kind.MUSCLE, m.slug()));
            m.synonyms().forEach(s -> add(s, new Target(Mention.Kind.MUSCLE, m.slug())));
        }
        for (CatalogVocabulary.Term c : vocabulary.conditions()) {
            add(c.label(), new Target(Mention.Kind.CONDITION, c.slug()));
            c.synonyms().forEach(s -> add(s, new Target(Mention.Kind.CONDITION, c.slug())));
        }
    }

    private void add(String phrase, Target target) {
        List<String> stems = Words.stems(phrase);
        if (stems.isEmpty()) {
            return;
        }
        // The first writer wins: an exercise's own name is added before other exercises' aliases.
        phrases.putIfAbsent(stems, target);
        longest = Math.max(longest, stems.size());
    }

    List<Mention> mentions(String text) {
        List<Words.Token> tokens = Words.tokens(text);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                List<String> window = tokens.subList(i, i + n).stream().map(Words.Token::stem).toList();
                Target target = phrases.get(window);
                if (target != null) {
                    found.add(new Mention(target.kind(), target.slug(), tokens.get(i).start(), tokens.get(i + n - 1).end(), null));
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        return found;
    }
}
