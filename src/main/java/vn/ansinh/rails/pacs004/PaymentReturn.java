package vn.ansinh.rails.pacs004;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.money.Money;
import vn.ansinh.rails.reason.ReportedReason;

/** One returned transaction (TxInf): which payment, how much came back (RtrdIntrBkSttlmAmt), and why. */
public record PaymentReturn(Optional<String> returnId, Optional<String> originalInstructionId,
        Optional<String> originalEndToEndId, Money returnedAmount, List<ReportedReason> reasons) {

    public PaymentReturn {
        Objects.requireNonNull(returnId, "returnId");
        Objects.requireNonNull(originalInstructionId, "originalInstructionId");
        Objects.requireNonNull(originalEndToEndId, "originalEndToEndId");
        Objects.requireNonNull(returnedAmount, "returnedAmount");
        reasons = List.copyOf(reasons);
    }

    /** The ansinh end-to-end id, when the returned one is one. */
    public Optional<EndToEndId> endToEndId() {
        return originalEndToEndId.flatMap(EndToEndId::parse);
    }
}
