package dev.kinetic.platform.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready only while the Kafka broker answers; reads the last background probe, so it never waits on an outage. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private final InfrastructureProbes probes;

    public BrokerReadiness(InfrastructureProbes probes) {
        this.probes = probes;
    }

    @Override
    public HealthCheckResponse call() {
        return Probes.response("Kafka broker connection", probes.broker());
    }
}
