package vn.ansinh.beneficiary.intake.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Excel stores a date as a day count (a "serial"). Typing 15/03/1990 into a cell stores 32947, so a date-of-birth
 * column stored as numbers is read as serials. In the 1900 system, serial 1 is 1900-01-01 and serial 60 is the
 * 29 February 1900 that never existed (kept for Lotus 1-2-3 compatibility); in the 1904 system, serial 0 is
 * 1904-01-01. The time of day, if any, is dropped.
 */
final class ExcelSerialDate {

    /** 9999-12-31, the last date Excel can show. */
    static final long SERIAL_MAX = 2_958_465;

    private static final long PHANTOM_LEAP_DAY = 60;

    private ExcelSerialDate() {
    }

    static Optional<LocalDate> toDate(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(SERIAL_MAX)) > 0) {
            return Optional.empty();
        }
        long days = serial.longValue();
        if (date1904) {
            return Optional.of(LocalDate.of(1904, 1, 1).plusDays(days));
        }
        if (days == 0 || days == PHANTOM_LEAP_DAY) {
            return Optional.empty();
        }
        LocalDate epoch = days < PHANTOM_LEAP_DAY ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
        return Optional.of(epoch.plusDays(days));
    }
}
