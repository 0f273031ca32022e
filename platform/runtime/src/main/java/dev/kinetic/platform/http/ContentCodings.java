package dev.kinetic.platform.http;

import static dev.kinetic.platform.http.HeaderTokens.indexOf;
import static dev.kinetic.platform.http.HeaderTokens.is;
import static dev.kinetic.platform.http.HeaderTokens.trimEnd;
import static dev.kinetic.platform.http.HeaderTokens.trimStart;

import java.util.Optional;

/**
 * Which content coding a client takes, from its {@code Accept-Encoding} (RFC 9110, section 12.5.3): codings are
 * comma-separated, each with an optional weight {@code ;q=}; a weight of 0 refuses it, {@code *} stands for any
 * coding not named, and no header at all asks for none (so none is sent).
 */
public final class ContentCodings {

    public static final String ACCEPT_ENCODING = "Accept-Encoding";
    public static final String CONTENT_ENCODING = "Content-Encoding";
    public static final String GZIP = "gzip";
    /** The zlib format (RFC 1950), which is what HTTP calls {@code deflate}. */
    public static final String DEFLATE = "deflate";

    private ContentCodings() {
    }

    /** Of the {@code offered} codings, the one the client weighs highest (the first offered on a tie), if it takes any. */
    public static Optional<String> chosen(String acceptEncoding, String... offered) {
        String best = null;
        double bestWeight = 0;
        for (String coding : offered) {
            double weight = weight(acceptEncoding, coding);
            if (weight > bestWeight) {
                best = coding;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The weight the client gives {@code coding}, 0 when it does not take it. Read in place ({@link HeaderTokens}):
     * every read that can be sent compressed asks, once per coding it offers.
     */
    public static double weight(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return 0;
        }
        double named = -1;
        double any = -1;
        int length = acceptEncoding.length();
        for (int start = 0; start <= length;) {
            int end = indexOf(acceptEncoding, ',', start, length);
            int nameEnd = indexOf(acceptEncoding, ';', start, end);
            int from = trimStart(acceptEncoding, start, nameEnd);
            int to = trimEnd(acceptEncoding, from, nameEnd);
            if (is(acceptEncoding, from, to, coding)) {
                named = Math.max(named, q(acceptEncoding, nameEnd, end));
            } else if (to - from == 1 && acceptEncoding.charAt(from) == '*') {
                any = Math.max(any, q(acceptEncoding, nameEnd, end));
            }
            start = end + 1;
        }
        return named >= 0 ? named : Math.max(any, 0);
    }

    /** The weight among the parameters in {@code [from, to)} (each after a {@code ;}); 1 without one. */
    private static double q(String header, int from, int to) {
        for (int start = from; start < to;) {
            int end = indexOf(header, ';', start + 1, to);
            int name = trimStart(header, start + 1, end);
            int last = trimEnd(header, name, end);
            if (last - name > 2 && is(header, name, name + 1, "q") && header.charAt(name + 1) == '=') {
                try {
                    double q = Double.parseDouble(header.substring(name + 2, last).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
            start = end;
        }
        return 1;
    }
}
