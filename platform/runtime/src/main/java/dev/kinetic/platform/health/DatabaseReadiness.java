package dev.kinetic.platform.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready only while the database answers; reads the last background probe, so it never waits on an outage. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final InfrastructureProbes probes;

    public DatabaseReadiness(InfrastructureProbes probes) {
        this.probes = probes;
    }

    @Override
    public HealthCheckResponse call() {
        return Probes.response("Database connection", probes.database());
    }
}
