package vn.ansinh.rails.lifecycle;

import java.util.Objects;
import java.util.Optional;
import vn.ansinh.identity.Masking;
import vn.ansinh.rails.state.PaymentState;

/**
 * One payment as read under its row lock: what the bank needs to pay it and the state it is in. The run is empty
 * for a payment issued for another source, such as a merchant settlement batch. Account numbers are
 * masked in {@link #toString()}, so a snapshot can be logged.
 */
public record PaymentSnapshot(
        long id,
        String endToEndId,
        Optional<Long> runId,
        String programCode,
        String period,
        String debtorBin,
        String debtorAccount,
        String creditorBin,
        String creditorAccount,
        String creditorName,
        long amountVnd,
        Rail rail,
        PaymentState state) {

    /** How a payment travels; the database's {@code payment.rail}. */
    public enum Rail { FILE, INSTANT }

    public PaymentSnapshot {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(programCode, "programCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(debtorBin, "debtorBin");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(creditorBin, "creditorBin");
        Objects.requireNonNull(creditorAccount, "creditorAccount");
        Objects.requireNonNull(creditorName, "creditorName");
        Objects.requireNonNull(rail, "rail");
        Objects.requireNonNull(state, "state");
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a payment amount is positive: " + endToEndId);
        }
    }

    public PaymentSnapshot withState(PaymentState next) {
        return new PaymentSnapshot(id, endToEndId, runId, programCode, period, debtorBin, debtorAccount, creditorBin,
                creditorAccount, creditorName, amountVnd, rail, next);
    }

    /** What the beneficiary reads on their statement after the end-to-end id: the program and the period. */
    public String description() {
        return programCode + " " + period;
    }

    @Override
    public String toString() {
        return "Payment[" + id + " " + endToEndId + " " + amountVnd + " VND " + debtorBin + ":"
                + Masking.account(debtorAccount) + " -> " + creditorBin + ":" + Masking.account(creditorAccount) + " "
                + PaymentStates.describe(state) + "]";
    }
}
