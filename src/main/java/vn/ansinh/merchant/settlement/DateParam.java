package vn.ansinh.merchant.settlement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** A business date as the API takes it, ISO yyyy-mm-dd, or a refusal that says so. */
public final class DateParam {
    private DateParam() {
    }

    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("DATE_INVALID", "A business date is yyyy-mm-dd.",
                    List.of(Violation.ofField("businessDate", "FORMAT", "yyyy-mm-dd, such as 2026-11-22.")));
        }
    }
}
