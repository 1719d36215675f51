package vn.ansinh.rails.status;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One payment as the status API shows it; the creditor's account is masked. Run and line are empty for a payment
 * issued for another source (a merchant settlement batch).
 */
public record PaymentView(String endToEndId, Optional<Long> runId, Optional<Integer> lineNo, String state, Optional<String> reasonCode,
        long amountVnd, String rail, String creditorBin, String creditorAccountMasked, Optional<String> bankFileId,
        Optional<String> bankReference, OffsetDateTime stateChangedAt) {
}
