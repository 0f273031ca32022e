package dev.kinetic.plan.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kinetic.plan.domain.CatalogExercise.Severity;
import dev.kinetic.plan.domain.Plan.Item;
import dev.kinetic.plan.domain.Plan.Phase;

/**
 * Builds a plan from movement-pattern slots chosen for the goals and conditions, filled from the
 * catalog with exercises the person can do safely: within their level and equipment, never to be
 * avoided for their conditions (cautioned ones only while pain is low), never excluded. Sessions
 * fit their minutes including rest; weeks move from activation to strength, up the ladder, with a
 * lighter fourth week. Deterministic: the same request and catalog give the same plan.
 */
public final class PlanGenerator {

    static final int WARM_UP_MINUTES = 5;
    static final int COOL_DOWN_MINUTES = 3;
    /** Cautioned exercises are only offered while current pain is at most this (0-2 safe, 3-5 acceptable). */
    static final int CAUTION_MAX_PAIN = 3;
    static final int SECONDS_PER_REP = 3;
    static final int SETUP_SECONDS = 15;
    static final String TEMPO = "2-0-1";
    static final int MAX_HOLD_SECONDS = 60;

    public Plan generate(PlanRequest request, List<CatalogExercise> catalog) {
        return generate(request, PlanCatalog.of(catalog));
    }

    /** {@link #generate(PlanRequest, List)} from a catalog already arranged (once per catalog version). */
    public Plan generate(PlanRequest request, PlanCatalog catalog) {
        // Candidates are chosen once per request, and a slot looks only at its own pattern's exercises, already in the
        // order it offers them: the catalog is neither walked nor sorted per request.
        Map<Slot, List<CatalogExercise>> candidates = new LinkedHashMap<>();
        for (Slot slot : slots(request)) {
            List<CatalogExercise> offered = new ArrayList<>();
            for (CatalogExercise e : catalog.ofPattern(slot.pattern())) {
                if (slot.accepts(e) && eligible(e, request)) {
                    offered.add(e);
                }
            }
            candidates.put(slot, offered);
        }
        int budget = Math.max(0, request.minutesPerSession() - WARM_UP_MINUTES - COOL_DOWN_MINUTES) * 60;
        Descriptions descriptions = new Descriptions(request);
        List<Plan.Week> weeks = new ArrayList<>();
        int number = 0;
        for (int w = 1; w <= request.weeks(); w++) {
            Phase phase = phase(w);
            List<Plan.Session> sessions = new ArrayList<>();
            for (int s = 1; s <= request.daysPerWeek(); s++) {
                sessions.add(session(++number, s, w, phase, candidates, request, catalog, descriptions, budget));
            }
            weeks.add(new Plan.Week(w, phase, sessions));
        }
        return new Plan(weeks, safetyNotes(request));
    }

    static Phase phase(int week) {
        return week % 4 == 0 ? Phase.DELOAD : week <= 2 ? Phase.ACTIVATION : Phase.STRENGTH;
    }

    /**
     * The goals' patterns interleaved, so each goal's most important pattern comes before any goal's
     * second, then the slots the conditions add (e.g. hip-flexor mobility for anterior pelvic tilt).
     */
    static List<Slot> slots(PlanRequest request) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        List<Goal> goals = request.goals();
        int longest = goals.stream().mapToInt(g -> g.patterns().size()).max().orElse(0);
        for (int rank = 0; rank < longest; rank++) {
            for (Goal goal : goals) {
                if (rank < goal.patterns().size()) {
                    String pattern = goal.patterns().get(rank);
                    slots.putIfAbsent(pattern, new Slot(pattern, Set.of(), "for " + goal.label()));
                }
            }
        }
        List<Slot> ordered = new ArrayList<>(slots.values());
        request.conditions().stream().sorted()
                .flatMap(c -> Conditions.EXTRA_SLOTS.getOrDefault(c, List.of()).stream())
                .forEach(extra -> ordered.add(Math.min(2, ordered.size()), extra));
        return List.copyOf(ordered);
    }

    private Plan.Session session(int number, int indexInWeek, int week, Phase phase, Map<Slot, List<CatalogExercise>> candidates,
            PlanRequest request, PlanCatalog catalog, Descriptions descriptions, int budget) {
        List<Item> items = new ArrayList<>();
        int used = 0;
        for (Map.Entry<Slot, List<CatalogExercise>> slot : candidates.entrySet()) {
            List<CatalogExercise> options = slot.getValue();
            if (options.isEmpty()) {
                continue;
            }
            CatalogExercise pick = options.get((indexInWeek - 1) % options.size());
            if (items.stream().anyMatch(i -> i.exercise().equals(pick.slug()))) {
                continue;
            }
            CatalogExercise chosen = pick;
            if (phase == Phase.STRENGTH && week >= 5) {
                CatalogExercise next = pick.progression() == null ? null : catalog.bySlug(pick.progression());
                if (next != null && eligible(next, request) && slot.getKey().accepts(next)) {
                    chosen = next;
                }
            }
            Item item = prescribe(chosen, phase, week, request, descriptions.of(chosen, slot.getKey()));
            int seconds = seconds(item);
            if (used + seconds > budget) {
                continue;
            }
            used += seconds;
            items.add(item);
        }
        return new Plan.Session(number, week, WARM_UP_MINUTES, items, COOL_DOWN_MINUTES,
                used + (WARM_UP_MINUTES + COOL_DOWN_MINUTES) * 60);
    }

    /** Whether the person may be given {@code e}: active, within level and equipment, not excluded, safe for their conditions. */
    public static boolean eligible(CatalogExercise e, PlanRequest r) {
        if (!e.active() || !e.level().atMost(r.level()) || !e.doableWith(r.equipment()) || r.excludedExercises().contains(e.slug())) {
            return false;
        }
        for (String condition : r.conditions()) {
            Severity severity = e.contraindications().get(condition);
            if (severity == Severity.AVOID || (severity == Severity.CAUTION && r.currentPain() > CAUTION_MAX_PAIN)) {
                return false;
            }
        }
        return true;
    }

    /** The dosage for {@code e} in a week of the given phase, by level: sets, reps or hold, tempo, rest. */
    static Item prescribe(CatalogExercise e, Phase phase, int week, PlanRequest r, String reason) {
        return prescribe(e, phase, week, r, Description.of(e, r, reason));
    }

    /** What an item says about its exercise, the same in every session of a plan that gives it for one reason. */
    record Description(List<String> muscles, String why, String caution) {

        static Description of(CatalogExercise e, PlanRequest r, String reason) {
            String caution = r.conditions().stream().sorted()
                    .filter(c -> e.contraindications().get(c) == Severity.CAUTION)
                    .map(c -> "Done with care for " + c.replace('-', ' ') + ": keep it pain-free and stop if pain rises above 5/10")
                    .findFirst().orElse(null);
            List<String> muscles = e.primaryMuscles().stream().sorted().toList();
            String why = "Trains " + String.join(", ", muscles).replace('-', ' ') + " (" + e.pattern() + ") " + reason;
            return new Description(muscles, why, caution);
        }
    }

    /** One plan's descriptions, each written once: an exercise is given in many sessions, for the same reason. */
    private static final class Descriptions {

        private final PlanRequest request;
        private final Map<Slot, Map<String, Description>> bySlot = new IdentityHashMap<>();

        Descriptions(PlanRequest request) {
            this.request = request;
        }

        Description of(CatalogExercise e, Slot slot) {
            return bySlot.computeIfAbsent(slot, s -> new HashMap<>())
                    .computeIfAbsent(e.slug(), slug -> Description.of(e, request, slot.reason()));
        }
    }

    private static Item prescribe(CatalogExercise e, Phase phase, int week, PlanRequest r, Description description) {
        int baseSets = r.level() == Level.BEGINNER ? 2 : 3;
        int sets = phase == Phase.DELOAD ? Math.max(1, baseSets - 1) : baseSets;
        int rest = phase == Phase.STRENGTH ? 75 : 45;
        if (e.isHold()) {
            int hold = switch (phase) {
                case ACTIVATION, DELOAD -> e.holdSeconds();
                case STRENGTH -> Math.min(MAX_HOLD_SECONDS, e.holdSeconds() + 5 * (week - 2));
            };
            return new Item(e.slug(), e.name(), e.pattern(), description.muscles(), sets, null, null, hold, rest, null,
                    e.unilateral(), description.why(), description.caution(), List.of());
        }
        // Double progression: the rep range rises within a block before the exercise moves up its ladder.
        int repsMin = switch (phase) {
            case ACTIVATION -> 10;
            case STRENGTH -> 8 + Math.min(2, (week - 3) % 4);
            case DELOAD -> 8;
        };
        int repsMax = phase == Phase.DELOAD ? 10 : 12;
        return new Item(e.slug(), e.name(), e.pattern(), description.muscles(), sets, repsMin, repsMax, null, rest, TEMPO,
                e.unilateral(), description.why(), description.caution(), List.of());
    }

    /** Working time, rest between sets and setting up, both sides for unilateral work. */
    static int seconds(Item item) {
        int work = item.holdSeconds() != null ? item.holdSeconds() : item.repsMax() * SECONDS_PER_REP;
        int perSet = work * (item.perSide() ? 2 : 1);
        return SETUP_SECONDS + item.sets() * perSet + (item.sets() - 1) * item.restSeconds();
    }

    private static List<String> safetyNotes(PlanRequest r) {
        List<String> notes = new ArrayList<>();
        notes.add("General exercise guidance, not medical advice. Stop and seek help if you develop numbness, weakness, "
                + "bladder or bowel changes, fever, or pain that keeps you awake.");
        notes.add("Pain during exercise up to about 5/10 is acceptable if it settles by the next morning; if it is worse the "
                + "next day, reduce the load. (This rule comes from tendon and knee pain research; using it for back pain is an "
                + "extrapolation.)");
        if (!r.conditions().isEmpty()) {
            notes.add("Exercises to be avoided for " + String.join(", ", r.conditions().stream().sorted().toList())
                    + " are left out; those needing care are marked.");
        }
        return notes;
    }
}
