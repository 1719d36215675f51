package vn.ansinh.platform.remote;

/**
 * An outside organisation did not answer usefully: down, timing out, overloaded, or its breaker is open.
 * An operating state, not a bug: rows waiting on it become PENDING and are tried again later.
 */
public final class CounterpartyUnavailable extends RuntimeException {

    private final String counterparty;

    public CounterpartyUnavailable(String counterparty, String detail, Throwable cause) {
        super(counterparty + ": " + detail, cause, false, false);
        this.counterparty = counterparty;
    }

    public String counterparty() {
        return counterparty;
    }
}
