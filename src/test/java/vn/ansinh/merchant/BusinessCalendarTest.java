package vn.ansinh.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    /** Proves a 23:00 cutover puts 22:59:59 in today's date and 23:00 in tomorrow's, in Vietnam's time. */
    @Test
    void eveningCutoverMovesLateSalesToTheNextDate() {
        var calendar = new BusinessCalendar(LocalTime.of(23, 0));
        assertEquals(LocalDate.of(2026, 11, 22), calendar.dateOf(Instant.parse("2026-11-22T15:59:59Z")));
        assertEquals(LocalDate.of(2026, 11, 23), calendar.dateOf(Instant.parse("2026-11-22T16:00:00Z")));
        assertEquals(LocalDate.of(2026, 11, 22), calendar.dateOf(Instant.parse("2026-11-21T17:00:00Z")), "00:00 local");
        assertEquals(Instant.parse("2026-11-22T16:00:00Z"), calendar.endOf(LocalDate.of(2026, 11, 22)));
    }

    /** Proves a midnight cutover makes the business date the local calendar day. */
    @Test
    void midnightCutoverIsTheCalendarDay() {
        var calendar = new BusinessCalendar(LocalTime.MIDNIGHT);
        assertEquals(LocalDate.of(2026, 11, 22), calendar.dateOf(Instant.parse("2026-11-21T17:00:00Z")));
        assertEquals(LocalDate.of(2026, 11, 22), calendar.dateOf(Instant.parse("2026-11-22T16:59:59Z")));
        assertEquals(LocalDate.of(2026, 11, 23), calendar.dateOf(Instant.parse("2026-11-22T17:00:00Z")));
        assertEquals(Instant.parse("2026-11-22T17:00:00Z"), calendar.endOf(LocalDate.of(2026, 11, 22)));
    }
}
