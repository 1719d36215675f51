package vn.ansinh.iso8583.acquirer;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes a request unique for duplicate detection: the same terminal (DE41) sending the same trace number
 * (DE11) at the same transmission time (DE7) is the same request, however often it arrives.
 */
public record TransactionKey(String terminalId, String stan, String transmissionDateTime) {
    // Compiled once: each request makes a key or two, and String.matches compiles its pattern on each call.
    private static final Pattern STAN = Pattern.compile("[0-9]{6}");
    private static final Pattern TRANSMISSION_DATE_TIME = Pattern.compile("[0-9]{10}");

    public TransactionKey {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(stan, "stan");
        Objects.requireNonNull(transmissionDateTime, "transmissionDateTime");
        if (terminalId.length() != 8) {
            throw new IllegalArgumentException("terminal id (DE41) must be 8 characters, was '" + terminalId + "'");
        }
        if (!STAN.matcher(stan).matches()) {
            throw new IllegalArgumentException("STAN (DE11) must be 6 digits, was '" + stan + "'");
        }
        if (!TRANSMISSION_DATE_TIME.matcher(transmissionDateTime).matches()) {
            throw new IllegalArgumentException("transmission date-time (DE7) must be 10 digits");
        }
    }
}
