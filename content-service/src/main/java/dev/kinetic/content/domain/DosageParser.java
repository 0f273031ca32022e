package dev.kinetic.content.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dosage phrases: "three sets of 10-12 reps", "3 x 12", "hold for 30 seconds". */
final class DosageParser {

    private static final String NUMBER = "(\\d{1,3}|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|forty|sixty)";
    private static final Pattern SETS_OF_REPS = Pattern.compile(
            NUMBER + "\\s+sets?\\s+of\\s+" + NUMBER + "(?:\\s*(?:-|–|to)\\s*" + NUMBER + ")?\\s+(?:reps|repetitions)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMES = Pattern.compile("\\b(\\d{1,2})\\s*[x×]\\s*(\\d{1,3})(?:\\s*(?:-|–)\\s*(\\d{1,3}))?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOLD = Pattern.compile(
            "hold(?:ing)?(?:\\s+(?:it|the position|this))?\\s+for\\s+" + NUMBER + "(?:\\s*(?:-|–|to)\\s*" + NUMBER + ")?\\s*(?:seconds|secs|s)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SETS = Pattern.compile(NUMBER + "\\s+sets?\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("eight", 8),
            Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("sixty", 60));

    private DosageParser() {
    }

    static Optional<Dosage> parse(String text) {
        Matcher m = SETS_OF_REPS.matcher(text);
        if (m.find()) {
            Integer min = number(m.group(2));
            Integer max = m.group(3) == null ? min : number(m.group(3));
            return Optional.of(new Dosage(number(m.group(1)), min, max, null));
        }
        m = TIMES.matcher(text);
        if (m.find()) {
            Integer min = number(m.group(2));
            return Optional.of(new Dosage(number(m.group(1)), min, m.group(3) == null ? min : number(m.group(3)), null));
        }
        m = HOLD.matcher(text);
        if (m.find()) {
            Matcher sets = SETS.matcher(text);
            return Optional.of(new Dosage(sets.find() ? number(sets.group(1)) : null, null, null, number(m.group(1))));
        }
        return Optional.empty();
    }

    private static Integer number(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(lower) ? WORDS.get(lower) : Integer.valueOf(lower);
    }
}
