package dev.kinetic.plan.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Ticker;

import dev.kinetic.plan.config.PlanHeadsConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * A plan's {@link PlanHead}: from memory while this replica knows it to be current ({@link KnownHeads}), else with
 * one prepared statement. A plan read needs nothing else (the document is cached): the database round trip was most
 * of what a read cost beyond the framework's own work, and it is that read's only reason to wait. Through Hibernate
 * and a JTA transaction the same select was a fifth of a read's CPU; here it is one statement in autocommit.
 */
@ApplicationScoped
public class PlanHeads {

    private static final String SELECT = "select partner, version from plan where id = ?";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final KnownHeads known;
    private final Counter fromMemory;
    private final Counter fromDatabase;

    public PlanHeads(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, PlanHeadsConfig config,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.known = new KnownHeads(config.maxAge(), config.maxPlans(), Ticker.systemTicker());
        this.fromMemory = registry.counter("kinetic.plan.heads.reads", "from", "memory");
        this.fromDatabase = registry.counter("kinetic.plan.heads.reads", "from", "database");
        Gauge.builder("kinetic.plan.heads.held", known, KnownHeads::size).description("plan heads held in memory").register(registry);
        Gauge.builder("kinetic.plan.heads.following", known, k -> k.isFollowing() ? 1 : 0)
                .description("1 while this replica follows plan-events and answers plan heads from memory").register(registry);
    }

    /** The plan's head, from memory when it is known there. */
    public Optional<PlanHead> of(UUID id) {
        Optional<PlanHead> held = held(id);
        if (held.isPresent()) {
            return held;
        }
        long epoch = known.epoch();
        Optional<PlanHead> read = fresh(id);
        read.ifPresent(head -> known.read(id, head, epoch));
        return read;
    }

    /** The plan's head if it is known in memory; never asks the database (for a read answered on the event loop). */
    public Optional<PlanHead> held(UUID id) {
        Optional<PlanHead> held = known.known(id);
        if (held.isPresent()) {
            fromMemory.increment();
        }
        return held;
    }

    /** The plan's head as the database has it now. */
    public Optional<PlanHead> fresh(UUID id) {
        fromDatabase.increment();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new PlanHead(row.getString(1), row.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the head of plan " + id, e);
        }
    }

    /** {@code version} becomes the plan's head when the current transaction commits (and not at all if it rolls back). */
    public void committing(UUID id, String partner, int version) {
        PlanHead head = new PlanHead(partner, version);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    known.learnt(id, head);
                }
            }
        });
    }

    /** A version committed anywhere, as its event says. */
    public void learnt(UUID id, PlanHead head) {
        known.learnt(id, head);
    }

    /** This replica's plan-events consumer holds its partitions, positioned after what was committed so far. */
    public void followingStarted() {
        known.followingStarted();
    }

    /** It no longer does. */
    public void followingStopped() {
        known.followingStopped();
    }

    /** Whether reads are answered from memory now. */
    public boolean isFollowing() {
        return known.isFollowing();
    }
}
