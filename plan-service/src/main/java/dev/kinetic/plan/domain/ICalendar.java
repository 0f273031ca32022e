package dev.kinetic.plan.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a plan's sessions as an RFC 5545 calendar. Times are written in UTC, computed from the
 * person's zone session by session, so they stay right across daylight-saving changes without a
 * VTIMEZONE block.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private ICalendar() {
    }

    public static String of(String planId, int version, Plan plan, Schedule schedule, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kinetic//plan-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text("Kinetic plan"));
        for (Plan.Week week : plan.weeks()) {
            for (Plan.Session session : week.sessions()) {
                var start = schedule.start(session.number()).toInstant();
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:" + planId + "-" + session.number() + "@kinetic.dev");
                line(ics, "SEQUENCE:" + (version - 1));
                line(ics, "DTSTAMP:" + UTC.format(stamp));
                line(ics, "DTSTART:" + UTC.format(start));
                line(ics, "DTEND:" + UTC.format(start.plusSeconds(session.estimatedSeconds())));
                line(ics, "SUMMARY:" + text("Session " + session.number() + " (week " + week.number() + ", "
                        + week.phase().name().toLowerCase() + ")"));
                line(ics, "DESCRIPTION:" + text(description(session)));
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String description(Plan.Session session) {
        StringBuilder text = new StringBuilder("Warm-up " + session.warmUpMinutes() + " min\n");
        for (Plan.Item item : session.items()) {
            text.append(item.name()).append(": ").append(item.sets()).append(" x ")
                    .append(item.holdSeconds() != null ? item.holdSeconds() + " s hold" : item.repsMin() + "-" + item.repsMax() + " reps")
                    .append(item.perSide() ? " per side" : "").append(", rest ").append(item.restSeconds()).append(" s\n");
        }
        return text.append("Cool-down ").append(session.coolDownMinutes()).append(" min").toString();
    }

    /** Escapes TEXT values (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Ends a content line with CRLF, folding it at 75 octets without splitting a UTF-8 character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
