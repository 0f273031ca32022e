package dev.kinetic.platform.validation;

import java.util.Locale;

/**
 * What text and links a client may store: plain Java, so domain rules and request constraints
 * share one definition. Names, titles and slugs are single lines; links are https or relative.
 */
public final class SafeText {

    private SafeText() {
    }

    /** No control character (C0, DEL, C1) and no line or paragraph separator: safe in a header, a log line, a calendar. */
    public static boolean singleLine(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Prose may hold tabs and line breaks, never NUL or other control characters. */
    public static boolean prose(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with the control characters prose may not hold removed (for raw text we only read from). */
    public static String withoutControls(String text) {
        if (prose(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * An {@code https:} URL with a host, or a path relative to the site ({@code /images/x.jpg}, not
     * {@code //host}): never {@code javascript:}, {@code data:} or plain {@code http:}.
     */
    public static boolean safeUrl(String url) {
        if (url == null) {
            return true;
        }
        if (url.isEmpty() || !singleLine(url) || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            return lower.length() > "https://".length() && lower.charAt("https://".length()) != '/';
        }
        return lower.startsWith("/") && !lower.startsWith("//") && !lower.startsWith("/\\");
    }
}
