package vn.ansinh.rails.status;

import java.util.List;
import java.util.Optional;

/** A page of a run's payments in line order; {@code nextAfter} is the {@code after} of the next page, if any. */
public record RunPaymentsView(long runId, Optional<String> state, List<PaymentView> payments,
        Optional<Integer> nextAfter) {
    public RunPaymentsView {
        payments = List.copyOf(payments);
    }
}
