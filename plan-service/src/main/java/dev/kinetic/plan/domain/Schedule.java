package dev.kinetic.plan.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When sessions happen: each plan week is the seven days from the start date on, and a week's
 * sessions are spread evenly over it (three a week fall on days 1, 3 and 5), at the person's chosen
 * local time in their time zone.
 */
public record Schedule(LocalDate startDate, ZoneId zone, LocalTime time, int daysPerWeek) {

    /** Start of session {@code number} (counted from 1 across the plan), in the person's zone. */
    public ZonedDateTime start(int number) {
        int index = number - 1;
        int week = index / daysPerWeek;
        int inWeek = index % daysPerWeek;
        LocalDate day = startDate.plusDays(7L * week + (long) inWeek * 7 / daysPerWeek);
        // atZone moves a time that falls in a daylight-saving gap forward, as people's clocks do.
        return day.atTime(time).atZone(zone);
    }
}
