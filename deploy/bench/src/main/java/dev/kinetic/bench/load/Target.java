package dev.kinetic.bench.load;

import java.net.URI;
import java.util.Map;

/** One request to send over and over: a named scenario's method, address, headers and body. */
public record Target(String name, String method, URI uri, Map<String, String> headers, byte[] body) {

    public Target {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }
}
