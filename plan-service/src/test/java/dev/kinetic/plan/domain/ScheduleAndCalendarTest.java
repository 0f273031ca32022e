package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScheduleAndCalendarTest {

    @Test
    void sessionsSpreadOverEachWeekAtTheLocalTimeAcrossADaylightSavingChange() {
        // 23 March 2026: Berlin moves to summer time on the 29th.
        Schedule schedule = new Schedule(LocalDate.of(2026, 3, 23), ZoneId.of("Europe/Berlin"), LocalTime.of(7, 0), 3);
        assertThat(schedule.start(1).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(schedule.start(2).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(schedule.start(3).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(schedule.start(4).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(schedule.start(1).toInstant()).isEqualTo(Instant.parse("2026-03-23T06:00:00Z"));
        assertThat(schedule.start(4).toInstant()).as("07:00 in summer time").isEqualTo(Instant.parse("2026-03-30T05:00:00Z"));
        Schedule daily = new Schedule(LocalDate.of(2026, 1, 1), ZoneId.of("UTC"), LocalTime.NOON, 7);
        assertThat(daily.start(8).toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void theCalendarEscapesTextAndFoldsLongLinesWithoutSplittingCharacters() {
        CatalogExercise bridge = new CatalogExercise("glute-bridge", "Glute bridge; hüftbrücke, «ponte»", "hip-extension",
                Level.BEGINNER, Set.of("bodyweight"), Set.of("gluteus-maximus"), Map.of(), false, null, null, null, true);
        PlanRequest request = new PlanRequest(List.of(Goal.GLUTE_STRENGTH), Level.BEGINNER, Set.of(), 1, 20, 1, Set.of(), 0, Set.of());
        Plan plan = new PlanGenerator().generate(request, List.of(bridge));
        String ics = ICalendar.of("p1", 2, plan, new Schedule(LocalDate.of(2026, 12, 7), ZoneId.of("UTC"), LocalTime.of(18, 0), 1),
                Instant.parse("2026-11-24T10:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DTSTART:20261207T180000Z", "SEQUENCE:1", "UID:p1-1@kinetic.dev",
                "Glute bridge\\; hüftbrücke\\, «ponte»: 2 x 10-12 reps");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aNameWithLineBreaksCannotAddPropertiesOrEvents() {
        // Catalog names are single lines, but an event written before that rule must not break the calendar either.
        CatalogExercise hostile = new CatalogExercise("glute-bridge", "Bridge\r\nEND:VEVENT\r\nBEGIN:VEVENT\nATTACH:https://evil.example",
                "hip-extension", Level.BEGINNER, Set.of("bodyweight"), Set.of("gluteus-maximus"), Map.of(), false, null, null, null, true);
        PlanRequest request = new PlanRequest(List.of(Goal.GLUTE_STRENGTH), Level.BEGINNER, Set.of(), 1, 20, 1, Set.of(), 0, Set.of());
        Plan plan = new PlanGenerator().generate(request, List.of(hostile));
        String ics = ICalendar.of("p1", 1, plan, new Schedule(LocalDate.of(2026, 12, 7), ZoneId.of("UTC"), LocalTime.of(18, 0), 1),
                Instant.parse("2026-11-24T10:00:00Z"));
        List<String> lines = List.of(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines).filteredOn(l -> l.equals("BEGIN:VEVENT")).hasSize(plan.weeks().get(0).sessions().size());
        assertThat(lines).noneMatch(l -> l.startsWith("ATTACH:"));
        assertThat(lines).allMatch(l -> !l.contains("\r") && !l.contains("\n"));
    }
}
