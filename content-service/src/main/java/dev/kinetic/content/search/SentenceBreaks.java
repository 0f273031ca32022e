package dev.kinetic.content.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found with a few character tests: after a line break (every block of an
 * article's search text is a line), and after whitespace that follows a sentence's end mark ({@code . ! ?} and
 * the Arabic question mark). The JDK's rule-based sentence iterator is more exact and took half of a search's
 * time walking backwards through long bodies; a snippet needs only a sensible place to start and stop.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
            result = n > 0 ? next() : previous();
        }
        return result;
    }

    @Override
    public int next() {
        int next = following(current);
        if (next != DONE) {
            current = next;
        }
        return next;
    }

    @Override
    public int previous() {
        int previous = preceding(current);
        if (previous != DONE) {
            current = previous;
        }
        return previous;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        for (int i = offset + 1; i <= text.length(); i++) {
            if (isBoundary(i)) {
                current = i;
                return i;
            }
        }
        current = text.length();
        return DONE;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        for (int i = offset - 1; i >= 0; i--) {
            if (isBoundary(i)) {
                current = i;
                return i;
            }
        }
        current = 0;
        return DONE;
    }

    @Override
    public boolean isBoundary(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return offset == 0 || offset == text.length();
        }
        char before = text.charAt(offset - 1);
        if (before == '\n') {
            return true;
        }
        return Character.isWhitespace(before) && offset >= 2 && isSentenceEnd(text.charAt(offset - 2))
                && !Character.isWhitespace(text.charAt(offset));
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F';
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text of " + text.length());
        }
    }
}
