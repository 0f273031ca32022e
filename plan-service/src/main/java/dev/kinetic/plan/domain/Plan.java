package dev.kinetic.plan.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** A generated plan: weeks of sessions of prescribed exercises, each with the reason it is there. */
public record Plan(List<Week> weeks, List<String> safetyNotes) {

    public Plan {
        weeks = List.copyOf(weeks);
        safetyNotes = List.copyOf(safetyNotes);
    }

    public record Week(int number, Phase phase, List<Session> sessions) {
        public Week {
            sessions = List.copyOf(sessions);
        }
    }

    public enum Phase { ACTIVATION, STRENGTH, DELOAD }

    /** A session; {@code number} counts from 1 across the whole plan (week 2's first session of 3 is number 4). */
    public record Session(int number, int week, int warmUpMinutes, List<Item> items, int coolDownMinutes, int estimatedSeconds) {
        public Session {
            items = List.copyOf(items);
        }

        Session withItems(List<Item> changed) {
            int work = changed.stream().mapToInt(PlanGenerator::seconds).sum();
            return new Session(number, week, warmUpMinutes, changed, coolDownMinutes, work + (warmUpMinutes + coolDownMinutes) * 60);
        }
    }

    /** One prescription: reps or a hold per set, rest between sets, why it is there and what to read about it. */
    public record Item(String exercise, String name, String pattern, List<String> muscles, int sets, Integer repsMin,
            Integer repsMax, Integer holdSeconds, int restSeconds, String tempo, boolean perSide, String why, String caution,
            List<ArticleLink> articles) {
        public Item {
            muscles = List.copyOf(muscles);
            articles = List.copyOf(articles);
        }

        public Item withArticles(List<ArticleLink> links) {
            return new Item(exercise, name, pattern, muscles, sets, repsMin, repsMax, holdSeconds, restSeconds, tempo, perSide, why,
                    caution, links);
        }

        Item withSets(int newSets) {
            return new Item(exercise, name, pattern, muscles, newSets, repsMin, repsMax, holdSeconds, restSeconds, tempo, perSide,
                    why, caution, articles);
        }
    }

    public int sessionCount() {
        return weeks.stream().mapToInt(w -> w.sessions().size()).sum();
    }

    public Optional<Session> session(int number) {
        return weeks.stream().flatMap(w -> w.sessions().stream()).filter(s -> s.number() == number).findFirst();
    }

    public Phase phaseOf(Session session) {
        return weeks.get(session.week() - 1).phase();
    }

    /** Every exercise the plan uses, in order of first appearance. */
    public List<String> exercises() {
        Set<String> slugs = new LinkedHashSet<>();
        weeks.forEach(w -> w.sessions().forEach(s -> s.items().forEach(i -> slugs.add(i.exercise()))));
        return List.copyOf(slugs);
    }

    /** Exercises in the sessions after {@code session}: the ones a catalog change can still affect. */
    public List<String> exercisesAfter(int session) {
        Set<String> slugs = new LinkedHashSet<>();
        weeks.forEach(w -> w.sessions().stream().filter(s -> s.number() > session)
                .forEach(s -> s.items().forEach(i -> slugs.add(i.exercise()))));
        return List.copyOf(slugs);
    }

    /** The plan with every session after {@code afterSession} rewritten; earlier sessions are history. */
    public Plan rewriteAfter(int afterSession, Function<Session, Session> rewrite) {
        List<Week> rewritten = new ArrayList<>();
        for (Week week : weeks) {
            List<Session> sessions = week.sessions().stream()
                    .map(s -> s.number() > afterSession ? rewrite.apply(s) : s).toList();
            rewritten.add(new Week(week.number(), week.phase(), sessions));
        }
        return new Plan(rewritten, safetyNotes);
    }

    /** The plan with every item changed (e.g. its article links attached). */
    public Plan mapItems(Function<Item, Item> change) {
        return rewriteAfter(0, s -> new Session(s.number(), s.week(), s.warmUpMinutes(), s.items().stream().map(change).toList(),
                s.coolDownMinutes(), s.estimatedSeconds()));
    }
}
