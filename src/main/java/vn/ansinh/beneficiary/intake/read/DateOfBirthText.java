package vn.ansinh.beneficiary.intake.read;

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
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException notThisFormat) {
                // Try the next format; the caller reports DOB_INVALID when none fits.
            }
        }
        return Optional.empty();
    }
}
