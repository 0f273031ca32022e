package dev.kinetic.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * How each Kafka channel stops when a pod does. The connector's graceful shutdown waits two poll timeouts per channel,
 * one channel after another, so records in flight can finish and their offsets be committed. A channel that commits
 * nothing (a read model every replica reads whole at each start) gains nothing from that wait, and plan-service's
 * three such channels made each stop of it 6 s longer; a channel that commits needs it, or a stop leaves records read
 * again by the replica that takes its partitions. A channel that commits waits at a stop, besides, up to its commit
 * interval for a record still in flight; a record the stop itself made fail (the database closed under it) is left
 * unacknowledged to be read again, so with Kafka's 5 s default such a stop took 8 s. The interval is kept to a second.
 */
class ConsumerShutdownTest {

    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    @Test
    void onlyChannelsThatCommitWaitForTheirRecordsInFlight() {
        for (String service : ServiceContract.SERVICES) {
            assertThat(misjudgedStops(ServiceContract.config(service))).as(service).isEmpty();
        }
        assertThat(incomingChannels(ServiceContract.config("plan-service"))).as("read models and a committing channel")
                .contains("exercise-catalog", "content-articles", "plan-heads", "plan-events");
    }

    @Test
    void aWaitWithNothingToCommitAndAStopThatDropsCommitsAreCaught() {
        Properties waiting = ServiceContract.config("plan-service");
        waiting.remove("mp.messaging.incoming.plan-heads.graceful-shutdown");
        assertThat(misjudgedStops(waiting)).singleElement().asString().contains("plan-heads").contains("commits nothing");

        Properties dropping = ServiceContract.config("content-service");
        dropping.setProperty("mp.messaging.incoming.exercise-catalog.graceful-shutdown", "false");
        assertThat(misjudgedStops(dropping)).singleElement().asString().contains("exercise-catalog").contains("commits");

        Properties lingering = ServiceContract.config("plan-service");
        lingering.remove("mp.messaging.incoming.plan-events.auto.commit.interval.ms");
        assertThat(misjudgedStops(lingering)).singleElement().asString().contains("plan-events").contains("interval");
    }

    private static final long MAX_COMMIT_INTERVAL_MS = 1000;

    /**
     * The channels whose stop waits with nothing to commit, does not wait though it commits, or may wait out a long
     * commit interval.
     */
    static List<String> misjudgedStops(Properties config) {
        List<String> misjudged = new ArrayList<>();
        for (String channel : incomingChannels(config)) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            boolean commitsNothing = "ignore".equals(config.getProperty(prefix + "commit-strategy", "").trim());
            boolean graceful = !"false".equals(config.getProperty(prefix + "graceful-shutdown", "true").trim());
            if (commitsNothing && graceful) {
                misjudged.add(channel + " commits nothing, yet its stop waits for records in flight (graceful-shutdown=false)");
            } else if (!commitsNothing && !graceful) {
                misjudged.add(channel + " commits its offsets, yet stops without waiting for records in flight");
            } else if (!commitsNothing && Long.parseLong(config.getProperty(prefix + "auto.commit.interval.ms", "5000").trim())
                    > MAX_COMMIT_INTERVAL_MS) {
                misjudged.add(channel + " commits its offsets at an interval above " + MAX_COMMIT_INTERVAL_MS
                        + " ms, which a stop waits out for a record left in flight (auto.commit.interval.ms)");
            }
        }
        return misjudged;
    }

    static TreeSet<String> incomingChannels(Properties config) {
        TreeSet<String> channels = new TreeSet<>();
        for (String key : config.stringPropertyNames()) {
            Matcher channel = INCOMING.matcher(key);
            if (channel.matches()) {
                channels.add(channel.group(1));
            }
        }
        return channels;
    }
}
