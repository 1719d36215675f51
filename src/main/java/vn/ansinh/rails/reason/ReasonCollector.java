package vn.ansinh.rails.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the reason blocks of one reported item while a reader streams through it, refusing more blocks or
 * information lines than {@code reasonsMax}, so that a hostile file cannot grow one item without bound.
 */
public final class ReasonCollector {

    private final int reasonsMax;
    private final List<ReportedReason> reasons = new ArrayList<>();
    private final List<String> information = new ArrayList<>();
    private Optional<ReasonCode> isoCode = Optional.empty();
    private Optional<ReasonCode> proprietaryCode = Optional.empty();

    public ReasonCollector(int reasonsMax) {
        this.reasonsMax = reasonsMax;
    }

    public void isoCode(String code) {
        isoCode = Optional.of(ReasonCode.of(code));
    }

    public void proprietaryCode(String code) {
        proprietaryCode = Optional.of(ReasonCode.of(code));
    }

    public void additionalInformation(String line) {
        if (information.size() == reasonsMax) {
            throw new IllegalArgumentException("more than " + reasonsMax + " additional-information lines");
        }
        information.add(line);
    }

    /** Closes the current block. */
    public void endReason() {
        if (reasons.size() == reasonsMax) {
            throw new IllegalArgumentException("more than " + reasonsMax + " reason blocks in one item");
        }
        reasons.add(new ReportedReason(isoCode, proprietaryCode, information));
        information.clear();
        isoCode = Optional.empty();
        proprietaryCode = Optional.empty();
    }

    /** The blocks collected since the last drain, and a fresh start for the next item. */
    public List<ReportedReason> drain() {
        List<ReportedReason> drained = List.copyOf(reasons);
        reasons.clear();
        return drained;
    }
}
