package dev.kinetic.platform.health;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Probes the database and the broker in the background, each with its own timeout, and keeps the last
 * answer: readiness reads it and so answers at once, however long an outage makes a probe take. A
 * probe that has not answered for a while counts as down.
 */
@ApplicationScoped
public class InfrastructureProbes {

    /** The outcome of the last probe of one dependency. */
    public record Probe(boolean up, Instant at, String error) {
        static final Probe NOT_YET = new Probe(false, Instant.EPOCH, "not probed yet");
    }

    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final HealthConfig config;
    private volatile Probe database = Probe.NOT_YET;
    private volatile Probe broker = Probe.NOT_YET;
    private ScheduledExecutorService scheduler;
    private Admin admin;

    public InfrastructureProbes(DataSource dataSource, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            HealthConfig config) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "infrastructure-probe");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.probeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::probeDatabase, 0, every, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::probeBroker, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }

    public Probe database() {
        return current(database);
    }

    public Probe broker() {
        return current(broker);
    }

    /** A probe stuck longer than the staleness bound says nothing about now: down. */
    private Probe current(Probe last) {
        Duration age = Duration.between(last.at(), Instant.now());
        if (last.up() && age.compareTo(config.staleAfter()) > 0) {
            return new Probe(false, last.at(), "no answer for " + age.toSeconds() + " s");
        }
        return last;
    }

    private void probeDatabase() {
        int seconds = (int) Math.max(1, config.probeTimeout().toSeconds());
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(seconds) ? new Probe(true, Instant.now(), null)
                    : new Probe(false, Instant.now(), "connection not valid within " + seconds + " s");
        } catch (Exception e) {
            database = new Probe(false, Instant.now(), e.getClass().getSimpleName());
        }
    }

    private void probeBroker() {
        try {
            long timeout = config.probeTimeout().toMillis();
            admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout)).nodes().get(timeout, TimeUnit.MILLISECONDS);
            broker = new Probe(true, Instant.now(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            broker = new Probe(false, Instant.now(), e.getClass().getSimpleName());
        }
    }

    private Admin admin() {
        if (admin == null) {
            Map<String, Object> adminConfig = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    adminConfig.put(key, value);
                }
            });
            adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-probe");
            int timeout = (int) config.probeTimeout().toMillis();
            adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            admin = Admin.create(adminConfig);
        }
        return admin;
    }
}
