package dev.kinetic.platform.http;

import static dev.kinetic.platform.http.HeaderTokens.indexOf;
import static dev.kinetic.platform.http.HeaderTokens.is;
import static dev.kinetic.platform.http.HeaderTokens.quoted;
import static dev.kinetic.platform.http.HeaderTokens.trimEnd;
import static dev.kinetic.platform.http.HeaderTokens.trimStart;

/**
 * What a request's {@code Cache-Control} asks of a cache (RFC 9111, section 5.2.1): {@code no-cache}, or a
 * {@code max-age} of 0, means the client will not take an answer from a store without checking it against the
 * origin. A service that answers from state held in memory reads it from its source of truth instead.
 */
public final class RequestCacheDirectives {

    public static final String CACHE_CONTROL = "Cache-Control";

    private RequestCacheDirectives() {
    }

    /**
     * True when {@code cacheControl} (the header's value, possibly null) asks for an answer from the origin. Read in
     * place ({@link HeaderTokens}): every plan read asks.
     */
    public static boolean demandsOrigin(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        int length = cacheControl.length();
        for (int start = 0; start < length;) {
            int end = indexOf(cacheControl, ',', start, length);
            int equals = indexOf(cacheControl, '=', start, end);
            int name = trimStart(cacheControl, start, equals);
            int nameEnd = trimEnd(cacheControl, name, equals);
            if (is(cacheControl, name, nameEnd, "no-cache")) {
                return true;
            }
            if (equals < end && is(cacheControl, name, nameEnd, "max-age") && isZero(cacheControl, equals + 1, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether the value in {@code [from, to)}, quoted or not, is a number of seconds that is 0. */
    private static boolean isZero(String header, int from, int to) {
        int start = trimStart(header, from, to);
        int end = trimEnd(header, start, to);
        if (quoted(header, start, end)) {
            start++;
            end--;
        }
        for (int i = start; i < end; i++) {
            if (header.charAt(i) != '0') {
                return false;
            }
        }
        return end > start;
    }
}
