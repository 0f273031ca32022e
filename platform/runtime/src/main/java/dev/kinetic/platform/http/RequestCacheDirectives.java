package dev.kinetic.platform.http;

import java.util.Locale;

/**
 * What a request's {@code Cache-Control} asks of a cache (RFC 9111, section 5.2.1): {@code no-cache}, or a
 * {@code max-age} of 0, means the client will not take an answer from a store without checking it against the
 * origin. A service that answers from state held in memory reads it from its source of truth instead.
 */
public final class RequestCacheDirectives {

    public static final String CACHE_CONTROL = "Cache-Control";

    private RequestCacheDirectives() {
    }

    /** True when {@code cacheControl} (the header's value, possibly null) asks for an answer from the origin. */
    public static boolean demandsOrigin(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        for (String directive : cacheControl.split(",")) {
            String[] nameAndValue = directive.split("=", 2);
            String name = nameAndValue[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("no-cache")) {
                return true;
            }
            if (name.equals("max-age") && nameAndValue.length == 2 && isZero(nameAndValue[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZero(String value) {
        String seconds = value.trim();
        if (seconds.length() > 1 && seconds.startsWith("\"") && seconds.endsWith("\"")) {
            seconds = seconds.substring(1, seconds.length() - 1);
        }
        return !seconds.isEmpty() && seconds.chars().allMatch(c -> c == '0');
    }
}
