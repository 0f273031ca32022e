package dev.kinetic.exercise.persistence;

import dev.kinetic.platform.persistence.SessionSql;
import jakarta.enterprise.context.ApplicationScoped;

/** Which seed catalog files have been applied, by digest; read and written in the caller's transaction. */
@ApplicationScoped
public class SeedMarks {

    private final SessionSql sql;

    public SeedMarks(SessionSql sql) {
        this.sql = sql;
    }

    public boolean applied(String digest) {
        return sql.query("SELECT 1 FROM catalog_seed_applied WHERE digest = ?", statement -> statement.setString(1, digest),
                rows -> rows.next());
    }

    /** Marks {@code digest} applied; replicas starting together may both apply the same file, so a mark made already stays. */
    public void record(String digest) {
        sql.execute("INSERT INTO catalog_seed_applied (digest) VALUES (?) ON CONFLICT (digest) DO NOTHING",
                statement -> statement.setString(1, digest));
    }
}
