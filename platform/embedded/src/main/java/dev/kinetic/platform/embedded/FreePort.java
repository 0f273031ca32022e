package dev.kinetic.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks a free TCP port on the loopback interface, below the kernel's ephemeral range: a port is picked seconds
 * before the server that gets it binds, and a port the kernel hands out (port 0) can meanwhile become the local end
 * of some outgoing connection — a Kafka or database client of a service starting beside it — and the server then
 * fails to start. Ports below that range are never given to outgoing connections. A port is handed out once per JVM:
 * a suite picks all its ports before anything binds, so a port that is still free could otherwise be picked twice
 * (it was: PostgreSQL and exercise-service got the same one, and the service could not start).
 */
public final class FreePort {

    /** Where the kernel's range cannot be read: Linux's default. */
    static final int[] DEFAULT_EPHEMERAL = {32768, 60999};
    static final int LOWEST = 10_000;
    private static final int TRIES = 100;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePort() {
    }

    public static int pick() {
        int below = ephemeralRange(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))[0];
        for (int i = 0; i < TRIES && below - LOWEST > TRIES; i++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (free(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return anyFree();
    }

    /** The given port, or a free one when it is 0. */
    public static int orFree(int port) {
        return port == 0 ? pick() : port;
    }

    /** The first and last port of the ephemeral range in {@code file} ("32768\t60999"), or Linux's default. */
    static int[] ephemeralRange(Path file) {
        try {
            String[] parts = Files.readString(file).trim().split("\\s+");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL.clone();
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFree() {
        for (int i = 0; i < TRIES; i++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port on loopback", e);
            }
        }
        throw new IllegalStateException("No free port on loopback that was not handed out already");
    }
}
