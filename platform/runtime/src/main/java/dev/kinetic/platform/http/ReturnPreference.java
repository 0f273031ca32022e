package dev.kinetic.platform.http;

import java.util.Locale;

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
     * sends {@code return} twice, the first wins (RFC 7240, section 2).
     */
    public static boolean minimal(String header) {
        if (header == null) {
            return false;
        }
        for (String preference : header.split(",")) {
            String nameAndValue = preference.split(";", 2)[0];
            int equals = nameAndValue.indexOf('=');
            String name = (equals < 0 ? nameAndValue : nameAndValue.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
            if (name.equals("return")) {
                String value = equals < 0 ? "" : unquoted(nameAndValue.substring(equals + 1).trim());
                return value.equalsIgnoreCase("minimal");
            }
        }
        return false;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
