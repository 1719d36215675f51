package vn.ansinh.beneficiary.intake.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads a date of birth written dd/MM/yyyy (the Vietnamese order; one-digit day and month accepted, since
 * spreadsheets drop the zero) or yyyy-MM-dd. Dates that do not exist (31/02) are refused, not rolled over.
 */
final class DateOfBirthText {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    private DateOfBirthText() {
    }

    static Optional<LocalDate> parse(String text) {
        String date = text.strip();
        // dd/MM/yyyy as lists nearly always write it, read without the formatter, which built and resolved a map of
        // fields per row; any other shape goes to the formatters, whose answers these are (held so by a property test).
        int firstSlash = date.indexOf('/');
        int secondSlash = date.indexOf('/', firstSlash + 1);
        if (isDayMonthYear(date, firstSlash, secondSlash)) {
            try {
                return Optional.of(LocalDate.of(AsciiDigits.value(date, secondSlash + 1, date.length()),
                        AsciiDigits.value(date, firstSlash + 1, secondSlash), AsciiDigits.value(date, 0, firstSlash)));
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
        return byFormatters(date);
    }

    /** {@link #parse} without its short cut, so that tests can hold the two to the same answers. */
    static Optional<LocalDate> byFormatters(String date) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException notThisFormat) {
                // Try the next format; the caller reports DOB_INVALID when none fits.
            }
        }
        return Optional.empty();
    }

    /** d/M/yyyy: one or two ASCII digits of day and of month, four of the year, between the two slashes. */
    private static boolean isDayMonthYear(String date, int firstSlash, int secondSlash) {
        return firstSlash >= 1 && firstSlash <= 2 && secondSlash - firstSlash >= 2 && secondSlash - firstSlash <= 3
                && date.length() - secondSlash == 5 && AsciiDigits.only(date, 0, firstSlash)
                && AsciiDigits.only(date, firstSlash + 1, secondSlash)
                && AsciiDigits.only(date, secondSlash + 1, date.length());
    }
}
