package dev.kinetic.platform.quota;

import java.util.Map;

/**
 * What a quota said about one request: allowed or not, how many requests remain and when the quota is whole again.
 * The headers are those of the IETF draft "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers):
 * {@code RateLimit-Policy: "plan-create";q=600;w=60} and {@code RateLimit: "plan-create";r=599;t=1}.
 */
public record QuotaDecision(String policy, boolean allowed, long capacity, long windowSeconds, long remaining, long resetSeconds,
        long retryAfterSeconds) {

    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    public static final String RETRY_AFTER = "Retry-After";

    public Map<String, String> headers() {
        String name = "\"" + policy + "\"";
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put(RATE_LIMIT_POLICY, name + ";q=" + capacity + ";w=" + windowSeconds);
        headers.put(RATE_LIMIT, name + ";r=" + remaining + ";t=" + resetSeconds);
        if (!allowed) {
            headers.put(RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        return headers;
    }
}
