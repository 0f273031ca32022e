package dev.kinetic.platform.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits the API enforces, as problem+json, before a resource runs. */
@ConfigMapping(prefix = "kinetic.http")
public interface HttpLimitsConfig {

    /** Largest request body accepted, in bytes; larger ones get a payload-too-large problem. */
    @WithDefault("1048576")
    long maxBodySize();

    /** Longest request target (path and query) accepted; longer ones get a uri-too-long problem. */
    @WithDefault("8192")
    int maxUriLength();

    /** Most bytes of request headers (names and values) accepted; more get a headers-too-large problem. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /**
     * Most API requests a replica holds at once (running or waiting for a worker); beyond it a request is answered
     * 503 overloaded at once ({@link LoadShedding}).
     */
    @WithDefault("256")
    int maxInFlight();
}
