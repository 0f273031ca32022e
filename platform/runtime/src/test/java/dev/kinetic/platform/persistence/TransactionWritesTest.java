package dev.kinetic.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.SocketFactory;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.embedded.PostgresServer;

/**
 * What a write transaction costs on the wire with the PostgreSQL driver the build pins: its {@code BEGIN} goes out with
 * its first statement, so a transaction of one statement is two socket writes (statement, commit). The Quarkus BOM's
 * driver (42.7.10) wrote the {@code BEGIN} on its own first, a third write and a wake-up of the server for every plan,
 * article and outbox round (deploy/bench/ROUNDS.md, the fifteenth session).
 */
class TransactionWritesTest {

    @Test
    void aTransactionsBeginTravelsWithItsFirstStatement() throws Exception {
        try (PostgresServer postgres = PostgresServer.fromEnvironmentOrTemporary()) {
            postgres.createDatabase("writes");
            String url = postgres.jdbcUrl("writes");
            url += (url.contains("?") ? "&" : "?") + "socketFactory=" + CountingSockets.class.getName();
            try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("DROP TABLE IF EXISTS written; CREATE TABLE written (id int PRIMARY KEY, document bytea)");
                }
                connection.setAutoCommit(false);
                int before = CountingSockets.WRITES.get();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO written VALUES (?, ?)")) {
                    insert.setInt(1, 1);
                    insert.setBytes(2, new byte[1000]);
                    insert.executeUpdate();
                }
                int withStatement = CountingSockets.WRITES.get() - before;
                connection.commit();
                int withCommit = CountingSockets.WRITES.get() - before;

                assertThat(withStatement).as("socket writes for BEGIN and the transaction's first statement").isEqualTo(1);
                assertThat(withCommit).as("socket writes for the whole transaction").isEqualTo(2);
            }
        }
    }

    /** Sockets that count the writes made to them (the driver writes its buffer once per flush). */
    public static final class CountingSockets extends SocketFactory {

        static final AtomicInteger WRITES = new AtomicInteger();

        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public OutputStream getOutputStream() throws IOException {
                    return new FilterOutputStream(super.getOutputStream()) {
                        @Override
                        public void write(byte[] bytes, int offset, int length) throws IOException {
                            WRITES.incrementAndGet();
                            out.write(bytes, offset, length);
                        }

                        @Override
                        public void write(int b) throws IOException {
                            WRITES.incrementAndGet();
                            out.write(b);
                        }
                    };
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw unconnectedOnly();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw unconnectedOnly();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw unconnectedOnly();
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw unconnectedOnly();
        }

        /** The driver asks for an unconnected socket and connects it itself; the other overloads are never called. */
        private static UnsupportedOperationException unconnectedOnly() {
            return new UnsupportedOperationException("the driver makes unconnected sockets");
        }
    }
}
