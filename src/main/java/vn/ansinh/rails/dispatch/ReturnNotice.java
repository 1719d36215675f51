package vn.ansinh.rails.dispatch;

import java.util.Objects;
import vn.ansinh.rails.reason.ReasonCode;

/** One returned credit a paying bank notified (camt.054): which payment, how much came back, and why. */
public record ReturnNotice(long sequence, String endToEndId, long amountVnd, ReasonCode reason) {

    public ReturnNotice {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(reason, "reason");
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a returned amount is positive: " + endToEndId);
        }
    }
}
