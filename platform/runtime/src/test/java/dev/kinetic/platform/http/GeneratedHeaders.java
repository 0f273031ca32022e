package dev.kinetic.platform.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Header values strung together from random pieces, for checking a reading in place against a split-based one. */
final class GeneratedHeaders {

    private GeneratedHeaders() {
    }

    /** {@code count} headers of up to 11 pieces each, the same for the same seed. */
    static List<String> of(long seed, int count, String... pieces) {
        Random random = new Random(seed);
        List<String> headers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder header = new StringBuilder();
            int length = random.nextInt(12);
            for (int p = 0; p < length; p++) {
                header.append(pieces[random.nextInt(pieces.length)]);
            }
            headers.add(header.toString());
        }
        return headers;
    }
}
