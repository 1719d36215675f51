package vn.ansinh.payout.run;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** What an officer asks for: a regular run of a period, or a re-issue of chosen failed payments. */
public sealed interface RunRequest permits RunRequest.Regular, RunRequest.Reissue {

    String programCode();

    Period period();

    RunKind kind();

    /** The period's benefit for every payable enrolled beneficiary, and arrears for earlier periods. */
    record Regular(String programCode, Period period, List<Arrears> arrears) implements RunRequest {
        public Regular {
            Objects.requireNonNull(programCode, "programCode");
            Objects.requireNonNull(period, "period");
            arrears = List.copyOf(arrears);
            var seen = new HashSet<String>();
            for (var owed : arrears) {
                if (!owed.forPeriod().isBefore(period)) {
                    throw new IllegalArgumentException("arrears are for a period before " + period);
                }
                if (!seen.add(owed.beneficiaryId() + "@" + owed.forPeriod())) {
                    throw new IllegalArgumentException("arrears for one beneficiary and period are given once");
                }
            }
        }

        @Override
        public RunKind kind() {
            return RunKind.REGULAR;
        }
    }

    /** Failed payments paid again, each into its beneficiary's current account; the period is when it is paid. */
    record Reissue(String programCode, Period period, List<Long> paymentIds) implements RunRequest {
        public Reissue {
            Objects.requireNonNull(programCode, "programCode");
            Objects.requireNonNull(period, "period");
            paymentIds = List.copyOf(paymentIds);
            if (paymentIds.isEmpty() || new HashSet<>(paymentIds).size() != paymentIds.size()) {
                throw new IllegalArgumentException("a re-issue names one or more distinct payments");
            }
        }

        @Override
        public RunKind kind() {
            return RunKind.REISSUE;
        }
    }
}
