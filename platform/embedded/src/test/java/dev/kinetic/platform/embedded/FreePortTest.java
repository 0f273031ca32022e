package dev.kinetic.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreePortTest {

    @Test
    void picksABindablePortThatNoOutgoingConnectionCanTakeMeanwhile() throws IOException {
        int ephemeralStart = FreePort.ephemeralRange(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))[0];
        for (int i = 0; i < 20; i++) {
            int port = FreePort.pick();
            assertThat(port).isBetween(FreePort.LOWEST, ephemeralStart - 1);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void neverHandsOutThePortTwiceThoughItIsStillFree() {
        // A suite picks all its ports before anything binds: 2,000 picks from ~22,000 would repeat dozens of times.
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            assertThat(picked.add(FreePort.pick())).as("pick %d repeated a port", i).isTrue();
        }
    }

    @Test
    void readsTheKernelsRangeAndFallsBackToLinuxsDefault(@TempDir Path dir) throws IOException {
        Path narrowed = Files.writeString(dir.resolve("range"), "40000\t50000\n");
        assertThat(FreePort.ephemeralRange(narrowed)).containsExactly(40000, 50000);
        assertThat(FreePort.ephemeralRange(dir.resolve("missing"))).containsExactly(FreePort.DEFAULT_EPHEMERAL);
        Path garbled = Files.writeString(dir.resolve("garbled"), "not a range");
        assertThat(FreePort.ephemeralRange(garbled)).containsExactly(FreePort.DEFAULT_EPHEMERAL);
    }
}
