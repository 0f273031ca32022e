package dev.kinetic.platform.http;

import java.util.Locale;
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

    /** The weight the client gives {@code coding}, 0 when it does not take it. */
    public static double weight(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return 0;
        }
        double named = -1;
        double any = -1;
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals(coding)) {
                named = Math.max(named, q(parts));
            } else if (name.equals("*")) {
                any = Math.max(any, q(parts));
            }
        }
        return named >= 0 ? named : Math.max(any, 0);
    }

    private static double q(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.length() > 2 && Character.toLowerCase(parameter.charAt(0)) == 'q' && parameter.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
