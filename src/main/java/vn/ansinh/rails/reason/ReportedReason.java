package vn.ansinh.rails.reason;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason block as a bank reported it (StsRsnInf or RtrRsnInf): an ISO code or a proprietary code, either may be
 * absent, and free lines of additional information.
 */
public record ReportedReason(Optional<ReasonCode> isoCode, Optional<ReasonCode> proprietaryCode,
        List<String> additionalInformation) {

    public ReportedReason {
        Objects.requireNonNull(isoCode, "isoCode");
        Objects.requireNonNull(proprietaryCode, "proprietaryCode");
        additionalInformation = List.copyOf(additionalInformation);
    }

    /** The ISO code when there is one, otherwise the proprietary one. */
    public Optional<ReasonCode> code() {
        return isoCode.or(() -> proprietaryCode);
    }

    /** Who acts on this reason; a block without any code gets the table's default for unknown codes. */
    public ReasonAdvice advice(ReasonCodes table) {
        return code().map(table::adviceFor).orElseGet(() -> ReasonCodes.unknown(ReasonCode.of("NONE")));
    }
}
