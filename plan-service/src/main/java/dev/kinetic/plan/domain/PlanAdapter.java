package dev.kinetic.plan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kinetic.plan.domain.Adjustment.Action;
import dev.kinetic.plan.domain.Plan.Item;
import dev.kinetic.plan.domain.Plan.Session;

/**
 * Rewrites the sessions still ahead in a plan: after feedback (move exercises along their ladder,
 * change volume) or when an exercise is retired from the catalog (a substitute of the same pattern
 * and muscles). Sessions already done are never changed. Every change is listed in plain words.
 */
public final class PlanAdapter {

    static final int MAX_REPS = 20;
    static final int MIN_REPS = 6;
    static final int MIN_HOLD_SECONDS = 10;

    /** A new version of a plan and what changed from the previous one. */
    public record Revision(Plan plan, List<String> changes) {
        public Revision {
            changes = List.copyOf(changes);
        }

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    /** Applies the adjustment decided on feedback for session {@code afterSession} to every later session. */
    public Revision adjust(Plan plan, int afterSession, Adjustment adjustment, PlanRequest request, PlanCatalog catalog) {
        if (adjustment.action() == Action.KEEP || adjustment.action() == Action.PAUSE) {
            return new Revision(plan, List.of());
        }
        Set<String> involved = new LinkedHashSet<>(adjustment.exercises());
        if (involved.isEmpty()) {
            plan.session(afterSession).ifPresent(s -> s.items().forEach(i -> involved.add(i.exercise())));
        }
        boolean up = adjustment.action() == Action.PROGRESS;
        List<String> changes = new ArrayList<>();
        Plan current = plan;
        for (String slug : involved.stream().sorted().toList()) {
            CatalogExercise from = catalog.bySlug(slug);
            String nextSlug = from == null ? null : up ? from.progression() : from.regression();
            CatalogExercise next = nextSlug == null ? null : catalog.bySlug(nextSlug);
            boolean ladder = next != null && next.pattern().equals(from.pattern()) && PlanGenerator.eligible(next, request);
            Plan before = current;
            if (ladder) {
                current = replace(current, afterSession, slug, s -> Optional.of(next), request,
                        (up ? "step up from " : "step down from ") + slug);
            } else {
                current = current.rewriteAfter(afterSession, s -> s.withItems(s.items().stream()
                        .map(i -> i.exercise().equals(slug) ? (up ? harder(i) : easier(i)) : i).toList()));
            }
            if (adjustment.reduceVolume()) {
                String target = ladder ? next.slug() : slug;
                current = current.rewriteAfter(afterSession, s -> s.withItems(s.items().stream()
                        .map(i -> i.exercise().equals(target) ? i.withSets(Math.max(1, i.sets() - 1)) : i).toList()));
            }
            if (!before.equals(current)) {
                changes.add(describe(slug, ladder ? next.slug() : null, up, adjustment.reduceVolume(), afterSession)
                        + ": " + adjustment.reason());
            }
        }
        return new Revision(current, changes);
    }

    /** Replaces a retired exercise in every session after {@code afterSession} with the closest safe substitute. */
    public Revision substitute(Plan plan, int afterSession, String retired, PlanRequest request, PlanCatalog catalog) {
        Set<String> chosen = new LinkedHashSet<>();
        Plan revised = replace(plan, afterSession, retired, session -> {
            Item old = session.items().stream().filter(i -> i.exercise().equals(retired)).findFirst().orElseThrow();
            Optional<CatalogExercise> substitute = substitutes(old, catalog.bySlug(retired), request, catalog).stream()
                    .filter(c -> session.items().stream().noneMatch(i -> i.exercise().equals(c.slug())))
                    .findFirst();
            substitute.ifPresent(c -> chosen.add(c.slug()));
            return substitute;
        }, request, "in place of " + retired + ", retired from the catalog");
        if (revised.equals(plan)) {
            return new Revision(plan, List.of());
        }
        String change = chosen.isEmpty()
                ? retired + " was retired from the catalog and removed from session " + (afterSession + 1)
                        + " on: no safe substitute of the same pattern"
                : retired + " was retired from the catalog: replaced by " + String.join(" or ", chosen) + " from session "
                        + (afterSession + 1) + " on (same pattern and muscles)";
        return new Revision(revised, List.of(change));
    }

    /**
     * Same pattern, safe for the person; most shared muscles first, then the nearest level. Only the pattern's own
     * exercises are looked at: a retirement revises every plan that uses the exercise, each against the same catalog.
     */
    static List<CatalogExercise> substitutes(Item old, CatalogExercise retired, PlanRequest request, PlanCatalog catalog) {
        Level level = retired == null ? request.level() : retired.level();
        Set<String> muscles = Set.copyOf(old.muscles());
        return catalog.ofPattern(old.pattern()).stream()
                .filter(c -> !c.slug().equals(old.exercise()) && PlanGenerator.eligible(c, request))
                .sorted(Comparator.<CatalogExercise>comparingLong(c -> -c.primaryMuscles().stream().filter(muscles::contains).count())
                        .thenComparingInt(c -> Math.abs(c.level().ordinal() - level.ordinal()))
                        .thenComparing(CatalogExercise::slug))
                .toList();
    }

    /**
     * Puts what {@code choose} gives in place of {@code slug} in each later session, dosed for that
     * session's phase and week; an empty choice removes the item. Sessions keep their time budget.
     */
    private static Plan replace(Plan plan, int afterSession, String slug, java.util.function.Function<Session, Optional<CatalogExercise>> choose,
            PlanRequest request, String reason) {
        return plan.rewriteAfter(afterSession, session -> {
            if (session.items().stream().noneMatch(i -> i.exercise().equals(slug))) {
                return session;
            }
            Optional<CatalogExercise> replacement = choose.apply(session);
            List<Item> items = new ArrayList<>();
            for (Item item : session.items()) {
                if (!item.exercise().equals(slug)) {
                    items.add(item);
                } else if (replacement.isPresent()) {
                    Item next = PlanGenerator.prescribe(replacement.get(), plan.phaseOf(session), session.week(), request, reason)
                            .withArticles(List.of());
                    items.add(next.sets() == item.sets() ? next : next.withSets(Math.min(next.sets(), item.sets())));
                }
            }
            Session rewritten = session.withItems(items);
            return rewritten.estimatedSeconds() <= request.minutesPerSession() * 60 ? rewritten : session.withItems(
                    items.stream().filter(i -> !replacement.map(r -> r.slug().equals(i.exercise())).orElse(false)).toList());
        });
    }

    private static Item harder(Item i) {
        if (i.holdSeconds() != null) {
            return withDose(i, null, null, Math.min(PlanGenerator.MAX_HOLD_SECONDS, i.holdSeconds() + 10));
        }
        return withDose(i, Math.min(MAX_REPS, i.repsMin() + 2), Math.min(MAX_REPS, i.repsMax() + 2), null);
    }

    private static Item easier(Item i) {
        if (i.holdSeconds() != null) {
            return withDose(i, null, null, Math.max(MIN_HOLD_SECONDS, i.holdSeconds() - 10));
        }
        return withDose(i, Math.max(MIN_REPS, i.repsMin() - 2), Math.max(MIN_REPS, i.repsMax() - 2), null);
    }

    private static Item withDose(Item i, Integer repsMin, Integer repsMax, Integer hold) {
        return new Item(i.exercise(), i.name(), i.pattern(), i.muscles(), i.sets(), repsMin, repsMax, hold, i.restSeconds(), i.tempo(),
                i.perSide(), i.why(), i.caution(), i.articles());
    }

    private static String describe(String from, String to, boolean up, boolean fewerSets, int afterSession) {
        String what = to != null ? from + " replaced by " + to + (up ? " (a step up)" : " (a step down)")
                : from + (up ? " made harder (more reps or a longer hold)" : " made easier (fewer reps or a shorter hold)");
        return what + (fewerSets ? ", one set fewer," : "") + " from session " + (afterSession + 1) + " on";
    }
}
