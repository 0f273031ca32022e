package dev.kinetic.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.fixture.WidgetCalls;
import jakarta.inject.Inject;

/**
 * An event is staged at once on the transaction's connection, before the change it reports is flushed: a change that
 * then fails at commit takes its event with it, and a key's events keep the order of its changes. A change and its
 * event written in one round trip commit together or not at all.
 */
@PlatformFixtureTest
class OutboxAtomicityIT {

    @Inject
    DataSource dataSource;

    @Test
    void aChangeThatFailsAtCommitLeavesNoEvent() throws Exception {
        WidgetCalls.create("atomic-1", "first").statusCode(200);
        // The same id again: its event is staged, then the widget's insert fails on the primary key at commit.
        WidgetCalls.create("atomic-1", "second").statusCode(409);

        assertThat(payloads("atomic-1")).singleElement().asString().contains("\"first\"");
    }

    @Test
    void changesOfOneKeyAreStagedInTheOrderTheyWereMade() throws Exception {
        WidgetCalls.create("atomic-2", "one").statusCode(200);
        WidgetCalls.rename("atomic-2", "two").statusCode(200);
        WidgetCalls.rename("atomic-2", "three").statusCode(200);

        assertThat(payloads("atomic-2")).hasSize(3).satisfiesExactly(
                one -> assertThat(one).contains("\"one\""),
                two -> assertThat(two).contains("\"two\""),
                three -> assertThat(three).contains("\"three\""));
    }

    @Test
    void aChangeStagedInTheSameRoundTripCommitsWithItsEventOrNotAtAll() throws Exception {
        WidgetCalls.createTogether("atomic-3", "first").statusCode(200);
        // The same id again: the widget's insert fails on the primary key, in the statement that also stages the event.
        WidgetCalls.createTogether("atomic-3", "second").statusCode(409);

        WidgetCalls.get("atomic-3").statusCode(200).body("name", equalTo("first"));
        assertThat(payloads("atomic-3")).singleElement().asString().contains("\"first\"").contains("\"atomic-3\"");
    }

    /** The staged payloads of a key, in the relay's order (the row id). */
    private List<String> payloads(String key) throws Exception {
        try (var connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT payload FROM platform.outbox_event WHERE message_key = ? ORDER BY id")) {
            select.setString(1, key);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        }
    }
}
