package dev.kinetic.plan.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A plan's sessions as an RFC 5545 calendar, written by ical4j (which escapes text, CR and LF included). Times are in UTC, computed from the person's zone session by session, so they
 * stay right across daylight-saving changes without a VTIMEZONE block.
 */
public final class ICalendar {

    private static final int MAX_OCTETS = 75;

    private ICalendar() {
    }

    public static String of(String planId, int version, Plan plan, Schedule schedule, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kinetic//plan-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Kinetic plan"));
        for (Plan.Week week : plan.weeks()) {
            for (Plan.Session session : week.sessions()) {
                Instant start = schedule.start(session.number()).toInstant();
                VEvent event = new VEvent(start, start.plusSeconds(session.estimatedSeconds()),
                        "Session " + session.number() + " (week " + week.number() + ", " + week.phase().name().toLowerCase(java.util.Locale.ROOT) + ")");
                event.replace(new DtStamp(stamp));
                event.add(new Uid(planId + "-" + session.number() + "@kinetic.dev"));
                event.add(new Sequence(version - 1));
                event.add(new Description(description(session)));
                calendar.add(event);
            }
        }
        return foldedByOctets(unfolded(calendar));
    }

    private static String unfolded(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Folds each line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1); ical4j folds at
     * 73 characters, which overshoots with accented names and can split a surrogate pair.
     */
    static String foldedByOctets(String ics) {
        StringBuilder folded = new StringBuilder(ics.length() + ics.length() / 64);
        for (String content : ics.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < content.length(); ) {
                int cp = content.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > MAX_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            folded.append("\r\n");
        }
        return folded.toString();
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
}
