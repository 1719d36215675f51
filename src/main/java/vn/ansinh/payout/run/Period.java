package vn.ansinh.payout.run;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/** The month a benefit is for, written yyyy-MM as payout_run.period stores it. */
public record Period(YearMonth month) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");
    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2999;

    public Period {
        Objects.requireNonNull(month, "month");
        if (month.getYear() < YEAR_MIN || month.getYear() > YEAR_MAX) {
            throw new IllegalArgumentException("a period is in the years " + YEAR_MIN + ".." + YEAR_MAX + ": " + month);
        }
    }

    public static Optional<Period> parse(String text) {
        if (text == null || !text.matches("[0-9]{4}-(0[1-9]|1[0-2])")) return Optional.empty();
        try {
            var month = YearMonth.parse(text, FORMAT);
            return month.getYear() < YEAR_MIN || month.getYear() > YEAR_MAX ? Optional.empty() : Optional.of(new Period(month));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean isBefore(Period other) {
        return month.isBefore(other.month);
    }

    @Override
    public String toString() {
        return month.format(FORMAT);
    }
}
