package dev.kinetic.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.hibernate.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Plain SQL on the current transaction's own connection, through Hibernate's session, so a failure is translated as
 * for Hibernate's own statements (a unique violation is still a {@code ConstraintViolationException}). For the hot
 * writes where the entity machinery cost more than the statements: the outbox, a new plan, an ingested article.
 */
@ApplicationScoped
public class SessionSql {

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads what a query returned. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final EntityManager entityManager;

    public SessionSql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Runs {@code sql} (one statement, or several separated by semicolons: one round trip). */
    public void execute(String sql, Parameters parameters) {
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                statement.execute();
            }
        });
    }

    public <T> T query(String sql, Parameters parameters, Rows<T> rows) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                try (ResultSet result = statement.executeQuery()) {
                    return rows.read(result);
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
