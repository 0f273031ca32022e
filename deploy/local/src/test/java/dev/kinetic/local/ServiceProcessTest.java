package dev.kinetic.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void moreJvmOptionsAreSplitAtBlanksAndComeAfterTheLaunchersOwn() {
        assertThat(ServiceProcess.extraOptions(null)).isEmpty();
        assertThat(ServiceProcess.extraOptions("  ")).isEmpty();
        assertThat(ServiceProcess.extraOptions(" -Xmx192m \t-XX:NativeMemoryTracking=summary ")).containsExactly("-Xmx192m",
                "-XX:NativeMemoryTracking=summary");
    }
}
