package dev.kinetic.plan.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a partner's webhooks may be sent: an {@code https} URL whose host is a public address. Private, loopback,
 * link-local (cloud metadata), multicast and reserved ranges are refused, so a subscription cannot make the
 * service call into its own network. Local development may allow plain {@code http} and loopback targets.
 */
public final class WebhookTargets {

    public static final int MAX_URL_LENGTH = 2_000;

    /** An address range deliveries never go to, and why. */
    public record Block(String cidr, String reason, boolean loopback) {

        public boolean contains(InetAddress address) {
            int slash = cidr.indexOf('/');
            byte[] network = literal(cidr.substring(0, slash)).getAddress();
            byte[] candidate = address.getAddress();
            if (network.length != candidate.length) {
                return false;
            }
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((network[i / 8] & mask) != (candidate[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The refused ranges (IANA special-purpose registries); IPv4-mapped IPv6 addresses are checked as IPv4. */
    public static final List<Block> BLOCKED = List.of(
            new Block("0.0.0.0/8", "'this network' address", false),
            new Block("10.0.0.0/8", "private network", false),
            new Block("100.64.0.0/10", "carrier-grade NAT", false),
            new Block("127.0.0.0/8", "loopback", true),
            new Block("169.254.0.0/16", "link-local (cloud metadata services live here)", false),
            new Block("172.16.0.0/12", "private network", false),
            new Block("192.0.0.0/24", "IETF protocol assignment", false),
            new Block("192.0.2.0/24", "documentation range", false),
            new Block("192.168.0.0/16", "private network", false),
            new Block("198.18.0.0/15", "benchmarking range", false),
            new Block("198.51.100.0/24", "documentation range", false),
            new Block("203.0.113.0/24", "documentation range", false),
            new Block("224.0.0.0/4", "multicast", false),
            new Block("240.0.0.0/4", "reserved (and broadcast)", false),
            new Block("::/128", "unspecified address", false),
            new Block("::1/128", "loopback", true),
            new Block("100::/64", "discard range", false),
            new Block("2001:db8::/32", "documentation range", false),
            new Block("fc00::/7", "unique local (private) network", false),
            new Block("fe80::/10", "link-local", false),
            new Block("ff00::/8", "multicast", false));

    private final boolean allowLocal;

    /** {@code allowLocal}: plain http and loopback targets too (local development only). */
    public WebhookTargets(boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** What is wrong with {@code url} as a webhook target before any address is looked up; empty if nothing. */
    public Optional<String> problemWith(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("a URL is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowLocal && scheme.equals("http"))) {
            return Optional.of(allowLocal ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials; verify the signature instead");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = uri.getHost();
        if (isLiteral(host)) {
            return problemWith(literal(host));
        }
        return Optional.empty();
    }

    /** What is wrong with sending to {@code address}; empty if it is allowed. */
    public Optional<String> problemWith(InetAddress address) {
        for (Block block : BLOCKED) {
            if (block.contains(address) && !(allowLocal && block.loopback())) {
                return Optional.of("resolves to " + address.getHostAddress() + ", a " + block.reason() + " address");
            }
        }
        return Optional.empty();
    }

    /** The first refused address of those a host name resolved to; one bad address refuses the host. */
    public Optional<String> problemWith(List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return Optional.of("the host does not resolve");
        }
        return addresses.stream().map(this::problemWith).flatMap(Optional::stream).findFirst();
    }

    public boolean allowsLocal() {
        return allowLocal;
    }

    static boolean isLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /** A URL's host as a name or address is written outside URLs: an IPv6 literal without its brackets. */
    public static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** An IP literal as an address, without a DNS lookup ({@code [..]} for IPv6, as in URLs). */
    static InetAddress literal(String host) {
        String bare = bare(host);
        if (!bare.contains(":") && !bare.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            throw new IllegalArgumentException("not an IP literal: " + host);
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + host, e);
        }
    }
}
