package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads pasted plain text: one block per line, bullets and numbered lines as list items, lines
 * broken inside a sentence (PDF and e-mail pastes) joined again, a word hyphenated across a line
 * break made whole, and each line marked standalone when blank lines surround it.
 */
public final class PlainTextReader {

    private PlainTextReader() {
    }

    public static SourcePage read(String text) {
        List<String> lines = joinBrokenLines(text);
        List<SourceBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (blocks.size() > SourcePage.MAX_BLOCKS) {
                throw new ArticleTooLargeException(blocks.size(), SourcePage.MAX_BLOCKS);
            }
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            boolean continues = i > 0 && !lines.get(i - 1).isEmpty();
            boolean standalone = !continues && (i + 1 == lines.size() || lines.get(i + 1).isEmpty());
            int bullet = bulletEnd(line);
            if (bullet > 0) {
                boolean ordered = Character.isDigit(line.charAt(0));
                blocks.add(new SourceBlock(SourceBlock.Kind.ITEM, 1, line.substring(bullet).strip(), null, null, false, ordered,
                        null, null, standalone, continues));
            } else {
                blocks.add(new SourceBlock(SourceBlock.Kind.PARAGRAPH, 0, line, null, null, false, false, null, null, standalone,
                        continues));
            }
        }
        return new SourcePage(null, blocks, List.of());
    }

    /** Where the text of a list item starts ("- ", "• ", "1. ", "2) "), or 0 when the line is not one. */
    static int bulletEnd(String line) {
        if (line.length() < 3) {
            return 0;
        }
        char c = line.charAt(0);
        if ("-*•–·▪".indexOf(c) >= 0 && Character.isWhitespace(line.charAt(1))) {
            return 2;
        }
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && Character.isWhitespace(line.charAt(i + 1))) {
            return i + 2;
        }
        return 0;
    }

    private static List<String> joinBrokenLines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            if (!out.isEmpty() && !line.isEmpty() && bulletEnd(line) == 0) {
                String prev = out.get(out.size() - 1);
                if (!prev.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                    char last = prev.charAt(prev.length() - 1);
                    if (last == '-' && prev.length() > 1 && Character.isLetter(prev.charAt(prev.length() - 2))) {
                        out.set(out.size() - 1, prev.substring(0, prev.length() - 1) + line);
                        continue;
                    }
                    if (".!?:;)\"".indexOf(last) < 0 && Character.isLetterOrDigit(last) || last == ',') {
                        out.set(out.size() - 1, prev + " " + line);
                        continue;
                    }
                }
            }
            out.add(line);
        }
        return out;
    }
}
