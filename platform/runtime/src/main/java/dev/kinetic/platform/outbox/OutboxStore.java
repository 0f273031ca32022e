package dev.kinetic.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The relay's view of the outbox table, in plain JDBC on autocommit connections: the relay never
 * holds a database transaction open while it talks to Kafka.
 */
@ApplicationScoped
class OutboxStore {

    /** Advisory-lock key shared by every replica of a service (the lock is per database). */
    static final long RELAY_LOCK = 0x4B494E4554494352L;
    /** A leader connection idle longer than this is checked before a round; one in use proves itself by its statements. */
    private static final long IDLE_BEFORE_CHECK_NANOS = Duration.ofSeconds(5).toNanos();

    private final DataSource dataSource;
    private Connection leaderConnection;
    /** When a statement last succeeded on the leader connection (System.nanoTime). */
    private long leaderAnsweredAt;

    OutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Whether this instance is the relay leader. Leadership is a session advisory lock held on a
     * dedicated connection: only one replica publishes, so per-key order holds with N replicas,
     * and a crashed leader's lock is released with its connection. The relay's own statements run on
     * that connection ({@link #pending}, {@link #markPublished}), so a round that reads its batch there
     * knows the session, and with it the lock, alive: the connection is asked whether it is valid (a round
     * trip of its own) only after it has been idle.
     */
    synchronized boolean holdLeadership() throws SQLException {
        if (leaderConnection != null
                && (System.nanoTime() - leaderAnsweredAt < IDLE_BEFORE_CHECK_NANOS || leaderConnection.isValid(2))) {
            return true;
        }
        releaseLeadership();
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    leaderConnection = connection;
                    leaderAnsweredAt = System.nanoTime();
                    return true;
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return false;
    }

    synchronized void releaseLeadership() {
        if (leaderConnection == null) {
            return;
        }
        try (PreparedStatement unlock = leaderConnection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, RELAY_LOCK);
            unlock.execute();
        } catch (SQLException ignored) {
            // a broken connection has already released the lock
        }
        try {
            leaderConnection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
        leaderConnection = null;
    }

    /** The oldest unpublished rows, read on the leader connection (call {@link #holdLeadership} first). */
    synchronized List<PendingEvent> pending(int limit) throws SQLException {
        return onLeader(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, event_id, topic, message_key, event_type, source, occurred_at, payload, traceparent
                    FROM platform.outbox_event
                    WHERE published_at IS NULL AND parked_at IS NULL
                    ORDER BY id
                    LIMIT ?""")) {
                select.setInt(1, limit);
                List<PendingEvent> events = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        events.add(new PendingEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                                rs.getString(8), rs.getString(9)));
                    }
                }
                return events;
            }
        });
    }

    /** Marks rows published, on the leader connection. */
    synchronized void markPublished(List<PendingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        onLeader(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE platform.outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                update.setArray(1, connection.createArrayOf("bigint", events.stream().map(PendingEvent::id).toArray()));
                return update.executeUpdate();
            }
        });
    }

    /** Work on the leader connection. */
    @FunctionalInterface
    private interface LeaderWork<T> {
        T on(Connection leader) throws SQLException;
    }

    /**
     * Runs {@code work} on the leader connection: its success shows the session alive (no validity check is needed
     * for a while), its failure gives the connection up so the next round takes the lock on a fresh one.
     */
    private <T> T onLeader(LeaderWork<T> work) throws SQLException {
        if (leaderConnection == null) {
            throw new IllegalStateException("The outbox relay reads and marks rows only while it holds leadership");
        }
        try {
            T result = work.on(leaderConnection);
            leaderAnsweredAt = System.nanoTime();
            return result;
        } catch (SQLException e) {
            releaseLeadership();
            throw e;
        }
    }

    /** Sets a row aside with the reason it can never be delivered; the relay goes on with the next rows. */
    void park(PendingEvent event, String reason) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE platform.outbox_event SET parked_at = now(), park_reason = ? WHERE id = ?")) {
            update.setString(1, reason);
            update.setLong(2, event.id());
            update.executeUpdate();
        }
    }

    List<ParkedEvent> parked(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT event_id, topic, message_key, event_type, occurred_at, parked_at, park_reason, octet_length(payload)
                        FROM platform.outbox_event
                        WHERE parked_at IS NOT NULL
                        ORDER BY id
                        LIMIT ?""")) {
            select.setInt(1, limit);
            List<ParkedEvent> events = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new ParkedEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                            rs.getString(7), rs.getLong(8)));
                }
            }
            return events;
        }
    }

    /** Returns a parked row to the queue (e.g. after the topic's limit was raised); false if none is parked under that id. */
    boolean unpark(UUID eventId) throws SQLException {
        return update("UPDATE platform.outbox_event SET parked_at = NULL, park_reason = NULL WHERE event_id = ? AND parked_at IS NOT NULL",
                eventId);
    }

    /** Deletes a parked row for good; false if none is parked under that id. */
    boolean drop(UUID eventId) throws SQLException {
        return update("DELETE FROM platform.outbox_event WHERE event_id = ? AND parked_at IS NOT NULL", eventId);
    }

    private boolean update(String sql, UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, eventId);
            return statement.executeUpdate() == 1;
        }
    }

    int purgePublishedOlderThan(Duration retention) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM platform.outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, retention.toSeconds());
            return delete.executeUpdate();
        }
    }
}
