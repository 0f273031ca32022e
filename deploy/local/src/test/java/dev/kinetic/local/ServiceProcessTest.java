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

    @Test
    void theNativeHeapIsTrimmedOnlyByAJvmThatHasTheOption() {
        for (String older : new String[] { "17", "17.0.2", "17.0.8+7", "20.0.2", "21" }) {
            assertThat(ServiceProcess.nativeHeapTrim(Runtime.Version.parse(older))).as(older).isEmpty();
        }
        for (String newer : new String[] { "17.0.9", "17.0.15+6", "21.0.1", "22", "25.0.3+9-LTS" }) {
            assertThat(ServiceProcess.nativeHeapTrim(Runtime.Version.parse(newer))).as(newer)
                    .containsExactly("-XX:TrimNativeHeapInterval=5000");
        }
    }
}
