package vn.ansinh.rails.dispatch;

/** Released runs for tests outside this package, made by {@link PayoutFixture}. */
public final class PayoutRuns {

    /** A released run: its id, its total, and the first payee's account (to check masking). */
    public record Released(long id, long totalVnd, String firstCreditorAccount) {
    }

    private PayoutRuns() {
    }

    /** A run of CREATED instant payments without outbox rows, for reading only. */
    public static Released instant(int payments, long firstAmount) {
        PayoutFixture.Run run = PayoutFixture.releaseWithoutOutbox("INSTANT", PayoutFixture.payees(payments),
                firstAmount);
        return new Released(run.id(), run.totalVnd(), run.payments().getFirst().payee().account());
    }
}
