package dev.kinetic.platform.http;

/**
 * Looks into a header value in place, between bounds, for the parsers of RFC 9110's list syntax (elements separated
 * by {@code ,}, parameters by {@code ;}, {@code name=value} pairs): they read a request's header without splitting it
 * into strings, and every look stays within the element or parameter it is given, so a header is read once however
 * it is made (a look from every element to the header's end would make a 16 KB header of commas cost quadratic time).
 */
final class HeaderTokens {

    private HeaderTokens() {
    }

    /** Where {@code c} first is in {@code [from, to)}, else {@code to}. */
    static int indexOf(String header, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (header.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    /** The first index of {@code [from, to)} past spaces and control characters, as {@link String#trim()} skips them. */
    static int trimStart(String header, int from, int to) {
        while (from < to && header.charAt(from) <= ' ') {
            from++;
        }
        return from;
    }

    /** The end of {@code [from, to)} before trailing spaces and control characters. */
    static int trimEnd(String header, int from, int to) {
        while (to > from && header.charAt(to - 1) <= ' ') {
            to--;
        }
        return to;
    }

    /** Whether {@code [from, to)} is a quoted string: two quotes or more, one at each end. */
    static boolean quoted(String header, int from, int to) {
        return to - from >= 2 && header.charAt(from) == '"' && header.charAt(to - 1) == '"';
    }

    /**
     * Whether {@code [from, to)} is {@code lowerCaseName} in any case. Names in headers are ASCII tokens: only ASCII
     * letters fold (a dotted capital I or a dotless i is not an i).
     */
    static boolean is(String header, int from, int to, String lowerCaseName) {
        if (to - from != lowerCaseName.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = header.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerCaseName.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }
}
