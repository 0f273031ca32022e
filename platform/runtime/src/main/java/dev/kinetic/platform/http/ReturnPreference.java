package dev.kinetic.platform.http;

import static dev.kinetic.platform.http.HeaderTokens.indexOf;
import static dev.kinetic.platform.http.HeaderTokens.is;
import static dev.kinetic.platform.http.HeaderTokens.quoted;
import static dev.kinetic.platform.http.HeaderTokens.trimEnd;
import static dev.kinetic.platform.http.HeaderTokens.trimStart;

/**
 * The {@code return} preference of RFC 7240: a client that sends {@code Prefer: return=minimal} to a create needs
 * only the new resource's address and version (Location and ETag), not its representation. Honoured where the
 * representation is large; the response then says so in {@code Preference-Applied}.
 */
public final class ReturnPreference {

    public static final String HEADER = "Prefer";
    public static final String APPLIED_HEADER = "Preference-Applied";
    public static final String MINIMAL = "return=minimal";

    private ReturnPreference() {
    }

    /**
     * Whether a {@code Prefer} header value asks for a minimal response. Preferences are comma-separated, each
     * with optional {@code ;} parameters; names are case-insensitive and the value may be quoted. When a client
     * sends {@code return} twice, the first wins (RFC 7240, section 2). Read in place ({@link HeaderTokens}).
     */
    public static boolean minimal(String header) {
        if (header == null) {
            return false;
        }
        int length = header.length();
        for (int start = 0; start < length;) {
            int end = indexOf(header, ',', start, length);
            int parameters = indexOf(header, ';', start, end);
            int equals = indexOf(header, '=', start, parameters);
            int name = trimStart(header, start, equals);
            if (is(header, name, trimEnd(header, name, equals), "return")) {
                int value = trimStart(header, Math.min(equals + 1, parameters), parameters);
                int valueEnd = trimEnd(header, value, parameters);
                return quoted(header, value, valueEnd) ? is(header, value + 1, valueEnd - 1, "minimal")
                        : is(header, value, valueEnd, "minimal");
            }
            start = end + 1;
        }
        return false;
    }
}
