package dev.kinetic.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartUpCacheTest {

    @TempDir
    Path app;

    private void file(String name, Instant modified) throws IOException {
        Files.writeString(app.resolve(name), name);
        Files.setLastModifiedTime(app.resolve(name), FileTime.from(modified));
    }

    @Test
    void beforeJdk25TheBuildsClassArchiveIsUsedWhenThereIsOne() throws IOException {
        file("quarkus-run.jar", Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(StartUpCache.options(app, 17)).isEmpty();
        file("app-cds.jsa", Instant.parse("2026-12-01T10:00:01Z"));
        assertThat(StartUpCache.options(app, 17)).containsExactly("-XX:SharedArchiveFile=app-cds.jsa");
        assertThat(StartUpCache.trains(app, 21)).isFalse();
    }

    @Test
    void onJdk25AServiceWithoutACacheTrainsOneAndUsesItFromTheNextStart() throws IOException {
        file("quarkus-run.jar", Instant.parse("2026-12-01T10:00:00Z"));
        file("app-cds.jsa", Instant.parse("2026-12-01T10:00:01Z"));
        assertThat(StartUpCache.trains(app, 25)).isTrue();
        assertThat(StartUpCache.options(app, 25)).containsExactly("-XX:AOTCacheOutput=app.aot");

        file("app.aot", Instant.parse("2026-12-01T10:05:00Z"));
        assertThat(StartUpCache.trains(app, 25)).isFalse();
        assertThat(StartUpCache.options(app, 26)).containsExactly("-XX:AOTCache=app.aot");
    }

    @Test
    void aRebuiltServiceTrainsAgain() throws IOException {
        file("app.aot", Instant.parse("2026-12-01T10:05:00Z"));
        file("quarkus-run.jar", Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(StartUpCache.options(app, 25)).containsExactly("-XX:AOTCacheOutput=app.aot");
    }
}
