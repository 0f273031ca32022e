package dev.kinetic.exercise.domain;

import static dev.kinetic.exercise.domain.Condition.HYPERTENSION;
import static dev.kinetic.exercise.domain.Condition.KNEE_PAIN;
import static dev.kinetic.exercise.domain.Condition.LOW_BACK_PAIN;
import static dev.kinetic.exercise.domain.Condition.OSTEOPOROSIS;
import static dev.kinetic.exercise.domain.Condition.PREGNANCY;
import static dev.kinetic.exercise.domain.Condition.SCIATICA;
import static dev.kinetic.exercise.domain.Condition.SHOULDER_PAIN;
import static dev.kinetic.exercise.domain.Condition.WRIST_PAIN;
import static dev.kinetic.exercise.domain.Severity.AVOID;
import static dev.kinetic.exercise.domain.Severity.CAUTION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an imported record does not say, read from its name and category: the movement pattern, the
 * equipment the name implies beyond the record's single field, and the contraindications — a table
 * the team and a clinician can read, one row per rule, each with its reason. Patterns come from the
 * first row that names one; equipment and contraindications from every row that matches.
 *
 * <p>Sources: DOMAIN.md; for spinal flexion and twisting under load in osteoporosis, the Royal
 * Osteoporosis Society's "Strong, Steady and Straight" consensus (2019); for pregnancy, ACOG Committee
 * Opinion 804 (2020: avoid supine positions for long spells, contact and fall-risk activity, and
 * positions that strain the abdominal wall); for shoulder pain, the common advice to avoid loaded
 * overhead and end-range internal rotation positions (upright rows, dips, behind-the-neck work).
 */
public final class ImportRules {

    /** One rule: when a name holds any of the phrases (or the record's category is one of the categories), what follows. */
    public record Rule(String id, List<List<String>> phrases, Set<String> categories, MovementPattern pattern, Set<Equipment> equipment,
            Position position, List<Contraindication> contraindications, String reason, String force, Set<Muscle> primaryAny) {

        Rule(String id, List<List<String>> phrases, Set<String> categories, MovementPattern pattern, Set<Equipment> equipment,
                Position position, List<Contraindication> contraindications, String reason) {
            this(id, phrases, categories, pattern, equipment, position, contraindications, reason, null, Set.of());
        }

        boolean matches(List<String> nameWords, String category, String recordForce, Set<Muscle> primary) {
            if (force != null) {
                return force.equals(recordForce) && primary.stream().anyMatch(primaryAny::contains);
            }
            if (!categories.isEmpty() && categories.contains(category)) {
                return true;
            }
            for (List<String> phrase : phrases) {
                if (contains(nameWords, phrase)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean contains(List<String> words, List<String> phrase) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String FLEXION = "Repeated or loaded spinal flexion raises the load on the front of the vertebrae (osteoporotic "
            + "fracture risk), on irritable discs, and on a healing or stretched abdominal wall in pregnancy";
    private static final String TWIST = "Twisting under load is to be avoided with osteoporosis and is a common flare trigger in low back pain";
    private static final String JUMP = "Landing forces of several times bodyweight: knee pain, low bone density and pregnancy (balance, "
            + "pelvic floor) call for low-impact work";
    private static final String OLYMPIC = "Fast, heavy, technical lifts with high spinal load: not for low back pain, osteoporosis or pregnancy";
    private static final String OVERHEAD = "Loaded overhead and dipping positions compress the painful shoulder";
    private static final String BALLISTIC = "Ballistic and hanging work loads the lumbar spine without control";
    private static final String PRONE = "Lying face down is not comfortable or advisable in later pregnancy";
    private static final String HEAVY_HINGE = "Loaded hinges with straight legs or the bar far from the body load the lumbar spine heavily";

    public static final List<Rule> RULES = List.of(
            // movement patterns (the first row that names one wins)
            rule("spinal-flexion", "crunch|crunches|sit-up|sit-ups|situp|situps|sit up|sit ups|v-up|v up|jackknife|toe touch|toe touches"
                    + "|toe touchers|curl-up|curl up|flutter kick|flutter kicks|scissor kick|scissor kicks|lying leg raise|lying leg raises"
                    + "|hanging leg raise|hanging leg raises|bench leg raise|bench leg raises|double leg raise|knee tuck|knee tucks"
                    + "|ab roller|ab crunch|janda|cocoons|bicycle crunch|air bike|heel toucher|heel touch|heel tap|reverse crunch"
                    + "|bent-knee hip raise|knee raise|leg lift|dead bug crunch", MovementPattern.SPINAL_FLEXION, null,
                    List.of(c(OSTEOPOROSIS, AVOID, FLEXION), c(LOW_BACK_PAIN, AVOID, FLEXION), c(SCIATICA, AVOID, FLEXION),
                            c(PREGNANCY, AVOID, FLEXION)), FLEXION),
            rule("rollout", "rollout|roll-out|fallout|ab wheel|wheel rollout", MovementPattern.ANTI_EXTENSION, null,
                    List.of(c(LOW_BACK_PAIN, AVOID, "A long lever on the lumbar spine that fails into extension"),
                            c(PREGNANCY, AVOID, FLEXION)), "Rollouts load the abdominal wall at full stretch"),
            rule("rotation", "twist|twists|russian twist|windmill|windmills|woodchop|woodchops|wood chop|wood chopper|chop|side bend|side bends"
                    + "|landmine rotation|torso rotation|trunk rotation|seated rotation|wiper|windshield wiper|figure 8|figure eight"
                    + "|pass between|pass through|around the world|halo|to side plank", MovementPattern.ROTATION, null,
                    List.of(c(OSTEOPOROSIS, AVOID, TWIST), c(LOW_BACK_PAIN, AVOID, TWIST), c(SCIATICA, AVOID, TWIST),
                            c(PREGNANCY, CAUTION, TWIST)), TWIST),
            rule("spinal-extension", "back extension|back extensions|hyperextension|hyperextensions|superman|reverse hyper|reverse hyperextension",
                    MovementPattern.SPINAL_EXTENSION, Position.PRONE,
                    List.of(c(LOW_BACK_PAIN, CAUTION, "End-range extension under load can irritate facet joints"),
                            c(PREGNANCY, AVOID, PRONE)), "Back extensions train the spinal extensors through extension"),
            rule("olympic", "clean|cleans|snatch|snatches|jerk|jerks|high pull|power clean|hang clean|clean and press",
                    MovementPattern.OLYMPIC_LIFT, null,
                    List.of(c(LOW_BACK_PAIN, AVOID, OLYMPIC), c(OSTEOPOROSIS, AVOID, OLYMPIC), c(PREGNANCY, AVOID, OLYMPIC),
                            c(SCIATICA, AVOID, OLYMPIC), c(SHOULDER_PAIN, CAUTION, OVERHEAD)), OLYMPIC),
            category("plyometrics", MovementPattern.PLYOMETRIC, JUMP),
            rule("jumps", "jump|jumps|jumping|hop|hops|hopping|bound|bounds|bounding|burpee|burpees|skater|skaters|plyo|box jump"
                    + "|tuck jump|split jump|clap|depth jump|jack|jacks", MovementPattern.PLYOMETRIC, null,
                    List.of(c(KNEE_PAIN, AVOID, JUMP), c(OSTEOPOROSIS, AVOID, JUMP), c(PREGNANCY, AVOID, JUMP),
                            c(LOW_BACK_PAIN, CAUTION, JUMP), c(HYPERTENSION, CAUTION, "Explosive work raises blood pressure sharply")), JUMP),
            rule("dips", "dip|dips", MovementPattern.VERTICAL_PUSH, null,
                    List.of(c(SHOULDER_PAIN, AVOID, OVERHEAD), c(WRIST_PAIN, CAUTION, "Bodyweight on extended wrists")), OVERHEAD),
            rule("overhead", "overhead|military press|shoulder press|push press|arnold press|handstand|pike press|behind the neck"
                    + "|behind neck|upright row|upright rows|z press|see-saw press|seated press",
                    MovementPattern.VERTICAL_PUSH, null,
                    List.of(c(SHOULDER_PAIN, AVOID, OVERHEAD), c(HYPERTENSION, CAUTION, "Heavy overhead pressing raises blood pressure")), OVERHEAD),
            rule("get-up", "turkish get-up|get-up|getup|get up|windmill", null, null,
                    List.of(c(LOW_BACK_PAIN, AVOID, BALLISTIC), c(SHOULDER_PAIN, AVOID, OVERHEAD), c(PREGNANCY, AVOID, BALLISTIC),
                            c(OSTEOPOROSIS, CAUTION, TWIST)), "A loaded get-up holds a weight overhead through a roll and a rise"),
            rule("pullover-fly", "pullover|fly|flye|flie|chest fly|reverse fly", null, null,
                    List.of(c(SHOULDER_PAIN, CAUTION, OVERHEAD)), "Loaded end-range shoulder extension or horizontal abduction"),
            rule("pullover-overhead", "pullover|bent-arm pullover|straight-arm pullover", null, null,
                    List.of(c(SHOULDER_PAIN, AVOID, OVERHEAD)), OVERHEAD),
            rule("nordic", "glute-ham|glute ham|nordic|natural glute", null, null,
                    List.of(c(KNEE_PAIN, CAUTION, "Heavy eccentric hamstring load across the knee")), "Nordic-style hamstring work"),
            rule("ballistic", "swing|swings|throw|throws|slam|slams|toss|kipping|snatch grip", null, null,
                    List.of(c(LOW_BACK_PAIN, AVOID, BALLISTIC), c(PREGNANCY, CAUTION, BALLISTIC), c(OSTEOPOROSIS, CAUTION, BALLISTIC)),
                    BALLISTIC),
            rule("hanging", "hanging|hang|muscle up|muscle-up|toes to bar|knees to elbows", null, Position.HANGING,
                    List.of(c(LOW_BACK_PAIN, AVOID, BALLISTIC), c(SHOULDER_PAIN, AVOID, OVERHEAD), c(PREGNANCY, AVOID, BALLISTIC)),
                    BALLISTIC),
            rule("heavy-hinge", "stiff-legged|stiff legged|stiff leg|straight-leg deadlift|straight leg deadlift|good morning|good mornings"
                    + "|jefferson|rack pull|rack pulls|deficit deadlift|sumo deadlift|deadlift", MovementPattern.HINGE, null,
                    List.of(c(LOW_BACK_PAIN, AVOID, HEAVY_HINGE), c(SCIATICA, AVOID, HEAVY_HINGE), c(OSTEOPOROSIS, CAUTION, HEAVY_HINGE),
                            c(PREGNANCY, CAUTION, HEAVY_HINGE)), HEAVY_HINGE),
            rule("heavy-squat", "front squat|back squat|barbell squat|zercher|overhead squat|pistol|pistol squat|sissy squat|jefferson squat",
                    MovementPattern.SQUAT, null,
                    List.of(c(LOW_BACK_PAIN, CAUTION, HEAVY_HINGE), c(KNEE_PAIN, AVOID, "Deep or heavily loaded knee flexion"),
                            c(OSTEOPOROSIS, CAUTION, HEAVY_HINGE)), "Heavily loaded or very deep squats"),
            rule("prone", "lying face down|prone", null, Position.PRONE, List.of(c(PREGNANCY, AVOID, PRONE)), PRONE),
            rule("supine-press", "bench press|floor press|lying|supine|decline|pullover|skull crusher|glute bridge|hip thrust", null, null,
                    List.of(c(PREGNANCY, CAUTION, "Long spells lying on the back after the first trimester can cause dizziness")),
                    "Supine work in pregnancy"),
            rule("decline-inversion", "decline|inverted|headstand|handstand", null, null,
                    List.of(c(HYPERTENSION, AVOID, "Head-down positions raise blood pressure in the head"),
                            c(PREGNANCY, AVOID, "Head-down and balance-demanding positions")), "Head-down positions"),
            rule("on-hands", "push-up|push-ups|pushup|pushups|push up|push ups|plank|planks|mountain climber|mountain climbers|bear crawl"
                    + "|crab walk|handstand", null, null,
                    List.of(c(WRIST_PAIN, CAUTION, "Bodyweight on extended wrists")), "Weight on the hands"),
            rule("kneeling-loaded", "kneeling|lunge|lunges|split squat", null, null,
                    List.of(c(KNEE_PAIN, CAUTION, "Deep knee flexion or load through the kneecap")), "Lunging and kneeling"),
            // a record whose abdominals pull (the data set's force for curling the trunk) is spinal flexion, whatever its name
            new Rule("abdominals-pulling", List.of(), Set.of(), MovementPattern.SPINAL_FLEXION, EnumSet.noneOf(Equipment.class), null,
                    List.of(c(OSTEOPOROSIS, AVOID, FLEXION), c(LOW_BACK_PAIN, AVOID, FLEXION), c(SCIATICA, AVOID, FLEXION),
                            c(PREGNANCY, AVOID, FLEXION)), "Abdominal work with a pulling force curls the trunk: " + FLEXION, "pull",
                    EnumSet.of(Muscle.RECTUS_ABDOMINIS, Muscle.OBLIQUES)),
            // equipment the name implies beyond the record's single field
            equipment("bench", "bench|incline|decline|preacher|on a bench|to a bench|seated bench", Equipment.BENCH),
            equipment("step", "box|step-up|step-ups|step up|step ups|step-down|platform|stairs|stair", Equipment.STEP),
            equipment("stability-ball", "stability ball|exercise ball|swiss ball|physio ball|bosu", Equipment.STABILITY_BALL),
            equipment("medicine-ball", "medicine ball|med ball|wall ball", Equipment.MEDICINE_BALL),
            equipment("partner", "partner|manual|assisted|spotter|with partner|partner-assisted", Equipment.PARTNER),
            equipment("machine", "machine|smith|lever|sled|leg press|hack squat|pec deck|glute ham|ghr|roman chair|captain's chair"
                    + "|hyperextension|back extension|reverse hyper", Equipment.MACHINE),
            equipment("cable", "cable|cables|pulley|pulldown|pull-down|pull down|rope", Equipment.CABLE),
            equipment("pull-up-bar", "pull-up|pull-ups|pullup|pullups|pull up|pull ups|chin-up|chin-ups|chinup|chin up|chin ups|hanging"
                    + "|muscle up|toes to bar|knees to elbows", Equipment.PULL_UP_BAR),
            equipment("band", "band|bands|banded|resistance band|tube", Equipment.RESISTANCE_BAND),
            equipment("rings", "rings|ring|trx|suspension|gymnastic|inverted row|body row|australian pull-up", Equipment.OTHER),
            equipment("barbell", "barbell|olympic bar|landmine|trap bar", Equipment.BARBELL),
            equipment("ez-bar", "ez-bar|ez bar|e-z bar|curl bar", Equipment.EZ_BAR),
            equipment("kettlebell", "kettlebell|kettlebells|kb", Equipment.KETTLEBELL),
            equipment("dumbbell", "dumbbell|dumbbells|db", Equipment.DUMBBELL),
            equipment("foam-roller", "foam roll|foam roller|foam rolling|smr", Equipment.FOAM_ROLLER),
            equipment("other-gear", "sandbag|tire|tyre|battle rope|battling ropes|jump rope|sledgehammer|yoke|log|atlas stone|keg|chains"
                    + "|weighted vest|dip belt|ab wheel|wheel|slider|sliders|valslide", Equipment.OTHER));

    private ImportRules() {
    }

    /**
     * The name's words as the rules compare them: lower case, split at anything but letters, digits and
     * hyphens, plurals made singular ("front squats" meets "front squat", "crunches" meets "crunch").
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^a-z0-9'-]+")) {
            if (!w.isEmpty()) {
                words.add(singular(w));
            }
        }
        return words;
    }

    private static String singular(String w) {
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    public static List<Rule> matching(String name, String category, String force, Set<Muscle> primary) {
        List<String> words = words(name);
        String cat = category == null ? "" : category.toLowerCase(Locale.ROOT);
        String f = force == null ? "" : force.toLowerCase(Locale.ROOT);
        return RULES.stream().filter(r -> r.matches(words, cat, f, primary)).toList();
    }

    /** The equipment rows that match a text such as a record's instructions (equipment only: patterns and risks come from names). */
    public static List<Rule> equipmentIn(String text) {
        List<String> words = words(text);
        return RULES.stream().filter(r -> !r.equipment().isEmpty() && r.matches(words, "", "", Set.of())).toList();
    }

    private static Contraindication c(Condition condition, Severity severity, String reason) {
        return new Contraindication(condition, severity, reason);
    }

    private static List<List<String>> phrases(String alternatives) {
        return Arrays.stream(alternatives.split("\\|")).map(ImportRules::words).filter(p -> !p.isEmpty()).toList();
    }

    private static Rule rule(String id, String alternatives, MovementPattern pattern, Position position, List<Contraindication> contraindications,
            String reason) {
        return new Rule(id, phrases(alternatives), Set.of(), pattern, EnumSet.noneOf(Equipment.class), position, contraindications, reason);
    }

    private static Rule category(String category, MovementPattern pattern, String reason) {
        return new Rule("category-" + category, List.of(), Set.of(category), pattern, EnumSet.noneOf(Equipment.class), null,
                List.of(c(KNEE_PAIN, AVOID, JUMP), c(OSTEOPOROSIS, AVOID, JUMP), c(PREGNANCY, AVOID, JUMP), c(LOW_BACK_PAIN, CAUTION, JUMP)),
                reason);
    }

    private static Rule equipment(String id, String alternatives, Equipment equipment) {
        return new Rule("equipment-" + id, phrases(alternatives), Set.of(), null, EnumSet.of(equipment), null, List.of(),
                "The name says it needs " + equipment.label().toLowerCase(Locale.ROOT));
    }
}
