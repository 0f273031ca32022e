package dev.kinetic.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

final class Probes {

    private Probes() {
    }

    static HealthCheckResponse response(String name, InfrastructureProbes.Probe probe) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(probe.up()).withData("checkedAt", probe.at().toString());
        return probe.error() == null ? response.build() : response.withData("error", probe.error()).build();
    }
}
