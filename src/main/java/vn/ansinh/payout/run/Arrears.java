package vn.ansinh.payout.run;

import java.util.Objects;

/** Money owed to a beneficiary for an earlier period, paid as an ARREARS line with a written reason. */
public record Arrears(long beneficiaryId, long amountVnd, Period forPeriod, String reason) {

    public static final long AMOUNT_VND_MAX = 1_000_000_000L;
    public static final int REASON_LENGTH_MAX = 500;

    public Arrears {
        Objects.requireNonNull(forPeriod, "forPeriod");
        Objects.requireNonNull(reason, "reason");
        if (beneficiaryId < 1) throw new IllegalArgumentException("a beneficiary id is positive");
        if (amountVnd < 1 || amountVnd > AMOUNT_VND_MAX) {
            throw new IllegalArgumentException("arrears are 1.." + AMOUNT_VND_MAX + " đồng");
        }
        if (reason.isBlank() || reason.length() > REASON_LENGTH_MAX) {
            throw new IllegalArgumentException("arrears need a reason of 1.." + REASON_LENGTH_MAX + " characters");
        }
    }
}
