package vn.ansinh.payout.cash;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One person to be paid in cash at their commune, masked for the list that leaves the engine. */
public record CashRow(String communeCode, long beneficiaryId, String fullName, String cccdMasked, long amountVnd,
                      Optional<String> receiptNumber, Optional<String> confirmedBy, Optional<Instant> confirmedAt) {

    public CashRow {
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(cccdMasked, "cccdMasked");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        if (amountVnd < 1) throw new IllegalArgumentException("a cash payment is at least 1 đồng");
    }
}
