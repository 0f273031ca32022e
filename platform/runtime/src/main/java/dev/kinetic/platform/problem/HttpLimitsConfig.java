package dev.kinetic.platform.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits the API enforces before reading a body. */
@ConfigMapping(prefix = "kinetic.http")
public interface HttpLimitsConfig {

    /** Largest request body accepted, in bytes; larger ones get a payload-too-large problem. */
    @WithDefault("1048576")
    long maxBodySize();
}
