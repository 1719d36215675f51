package vn.ansinh.recon.run;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** What a reconciliation is of: one funding account at one bank, over whole days in Vietnam. */
public record ReconciliationKey(String bankBin, String account, LocalDate from, LocalDate to) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public ReconciliationKey {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (bankBin == null || !bankBin.matches("[0-9]{6}") || account == null || account.isBlank()
                || account.length() > 34 || from.isAfter(to)) {
            throw new IllegalArgumentException("a reconciliation is a six-digit BIN, an account and from <= to");
        }
    }

    /** Checks a request's fields, so a client learns every wrong one at once. */
    public static ReconciliationKey of(String bankBin, String account, LocalDate from, LocalDate to, int rangeDaysMax) {
        var violations = new java.util.ArrayList<Violation>();
        if (bankBin == null || !bankBin.matches("[0-9]{6}")) {
            violations.add(Violation.ofField("bankBin", "FORMAT", "Six digits, e.g. 970436."));
        }
        if (account == null || account.isBlank() || account.length() > 34) {
            violations.add(Violation.ofField("account", "REQUIRED", "The funding account number, 1-34 characters."));
        }
        if (from == null || to == null) {
            violations.add(Violation.ofField(from == null ? "from" : "to", "REQUIRED", "A date, yyyy-MM-dd."));
        } else if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) + 1 > rangeDaysMax) {
            violations.add(Violation.ofField("to", "RANGE", "from <= to, at most " + rangeDaysMax + " days."));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid("RECONCILIATION_INVALID", "The reconciliation request is not valid.",
                    List.copyOf(violations));
        }
        return new ReconciliationKey(bankBin, account.strip(), from, to);
    }

    /** The first instant of {@code from}, Vietnam time. */
    public java.time.Instant start() {
        return from.atStartOfDay(VIETNAM).toInstant();
    }

    /**
     * The end of {@code to}: the moment the matching judges lateness and age by. Fixed by the key, never read from
     * a clock, so running the same reconciliation again gives the same answer.
     */
    public java.time.Instant asOf() {
        return to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }
}
