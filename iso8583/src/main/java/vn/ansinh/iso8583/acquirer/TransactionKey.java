package vn.ansinh.iso8583.acquirer;

import java.util.Objects;
import vn.ansinh.iso8583.AsciiDigits;

/**
 * What makes a request unique for duplicate detection: the same terminal (DE41) sending the same trace number
 * (DE11) at the same transmission time (DE7) is the same request, however often it arrives.
 */
public record TransactionKey(String terminalId, String stan, String transmissionDateTime) {
    public TransactionKey {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(stan, "stan");
        Objects.requireNonNull(transmissionDateTime, "transmissionDateTime");
        if (terminalId.length() != 8) {
            throw new IllegalArgumentException("terminal id (DE41) must be 8 characters, was '" + terminalId + "'");
        }
        if (!AsciiDigits.only(stan, 6)) {
            throw new IllegalArgumentException("STAN (DE11) must be 6 digits, was '" + stan + "'");
        }
        if (!AsciiDigits.only(transmissionDateTime, 10)) {
            throw new IllegalArgumentException("transmission date-time (DE7) must be 10 digits");
        }
    }
}
