package dev.kinetic.bench.load;

import java.net.URI;
import java.util.Map;

/** One request: a named scenario's method, address, headers and body; as {@link Requests}, the same one every time. */
public record Target(String name, String method, URI uri, Map<String, String> headers, byte[] body) implements Requests {

    public Target {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public Target next(long sequence) {
        return this;
    }
}
