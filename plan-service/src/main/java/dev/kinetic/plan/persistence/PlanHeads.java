package dev.kinetic.plan.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * A plan's {@link PlanHead}, read with one prepared statement. A plan read needs nothing else from the database
 * (the document is cached), and through Hibernate and a JTA transaction the same select was a fifth of a read's
 * CPU (query translation, a session, begin and commit); outside a transaction it is one round trip in autocommit.
 * Inside one (a use case that reads and then writes) the connection is the transaction's, as with any query.
 */
@ApplicationScoped
public class PlanHeads {

    private static final String SELECT = "select partner, version from plan where id = ?";

    private final AgroalDataSource dataSource;

    public PlanHeads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<PlanHead> of(UUID id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new PlanHead(row.getString(1), row.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the head of plan " + id, e);
        }
    }
}
