package dev.kinetic.bench.data;

import java.util.List;

/**
 * Synthetic Markdown articles for benchmarks, in the shape of the seed article: a title, an
 * introduction naming muscles and a condition, a routine of catalog exercises with dosages, advice on
 * progressing, and a safety note. Article {@code n} is always the same text; 320 titles are distinct.
 */
public final class GeneratedArticles {

    private static final String[] ANGLES = { "A beginner's guide to", "Common mistakes when training", "Building strength in",
            "Rethinking", "Ten minutes a day for", "Progressing", "Training around sore spots in", "Why it pays to train" };
    private static final String[] FOCUS = { "the glutes", "the core", "the hip flexors", "the hamstrings", "the upper back" };
    private static final String[] SETTINGS = { "at home", "at the gym", "after long desk days", "with a mini band",
            "on a busy week", "for runners", "after forty", "before a hike" };
    private static final String[] MUSCLES = { "gluteus maximus and gluteus medius", "deep abdominal muscles and the obliques",
            "iliopsoas and rectus femoris", "hamstrings and the adductors", "rhomboids and the middle trapezius" };
    private static final String[] CONDITIONS = { "lower back pain", "anterior pelvic tilt", "knee pain", "stiff hips",
            "rounded shoulders" };
    private static final String[] DOSAGES = { "2 sets of 8-12 reps", "3 sets of 10 reps", "hold for 30 seconds, 2 sets",
            "2 sets of 12 reps on each side", "3 x 12", "hold for 20 seconds on each side, 3 sets" };

    private GeneratedArticles() {
    }

    public static int distinctTitles() {
        return ANGLES.length * FOCUS.length * SETTINGS.length;
    }

    /** Article {@code n}, its routine drawn from {@code exerciseNames} (names from the live catalog, so they link). */
    public static String markdown(int n, List<String> exerciseNames) {
        int focus = n % FOCUS.length;
        String title = ANGLES[(n / FOCUS.length) % ANGLES.length] + " " + FOCUS[focus] + " "
                + SETTINGS[(n / (FOCUS.length * ANGLES.length)) % SETTINGS.length];
        String condition = CONDITIONS[(n * 3) % CONDITIONS.length];
        StringBuilder text = new StringBuilder("# ").append(Character.toUpperCase(title.charAt(0))).append(title.substring(1))
                .append("\n\n");
        text.append("Most people never think about the ").append(MUSCLES[focus]).append(" until something aches. ")
                .append("These muscles steady the pelvis and the spine through every step, lift and turn, and when they ")
                .append("tire early the work shifts to tissues that are not built for it. People who live with ")
                .append(condition).append(" often notice the difference first.\n\n");
        text.append("## Why it matters\n\n")
                .append("Strength is not the whole story, but it is the part you can change this week. Slow, controlled ")
                .append("repetitions teach the muscles to switch on at the right time, and a few weeks of regular practice ")
                .append("make everyday tasks such as climbing stairs or carrying shopping feel easier.\n\n");
        text.append("## The routine\n\n");
        for (int i = 0; i < 5; i++) {
            String exercise = exerciseNames.get((n * 5 + i * 7) % exerciseNames.size());
            text.append("- ").append(exercise).append(": ").append(DOSAGES[(n + i) % DOSAGES.length]).append('\n');
        }
        text.append("\n## Progressing\n\n")
                .append("When the last repetitions of every set feel easy for two sessions in a row, add a few reps or a ")
                .append("little load. If a session leaves you sore for more than a day, go back a step.\n\n");
        text.append("## Safety\n\n")
                .append("This is general guidance, not medical advice. If pain spreads, lingers or wakes you at night, ")
                .append("stop and consult a healthcare professional.\n");
        return text.toString();
    }
}
