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
        if (isDayMonthYear(date)) {
            try {
                return Optional.of(LocalDate.of(number(date, date.length() - 4, date.length()),
                        number(date, date.indexOf('/') + 1, date.length() - 5), number(date, 0, date.indexOf('/'))));
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

    /** d/M/yyyy with one or two digits of day and month and four of the year, ASCII digits only. */
    private static boolean isDayMonthYear(String date) {
        int firstSlash = date.indexOf('/');
        int secondSlash = date.indexOf('/', firstSlash + 1);
        return (firstSlash == 1 || firstSlash == 2) && secondSlash - firstSlash - 1 >= 1 && secondSlash - firstSlash - 1 <= 2
                && date.length() - secondSlash - 1 == 4 && digitsOnly(date, 0, firstSlash)
                && digitsOnly(date, firstSlash + 1, secondSlash) && digitsOnly(date, secondSlash + 1, date.length());
    }

    private static boolean digitsOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) value = value * 10 + (text.charAt(i) - '0');
        return value;
    }
}
