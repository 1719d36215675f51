package vn.ansinh.reconciliation.verdict;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import vn.ansinh.reconciliation.match.BreakClass;

/**
 * The auditor's page. Control totals are gross (Σ of absolute amounts) and computed from the inputs, not from
 * the matching; explained amounts per class are gross too, so a +X and a −X error never cancel out. The residual
 * is what the matches and breaks fail to account for on either side, and must be zero for RECONCILED.
 *
 * @param bankControlTotalMinor     Σ |amount| of every booked or pending bank entry
 * @param internalControlTotalMinor Σ amount of every payment expected on the statement (settled or matched),
 *                                  plus matched returns
 * @param explainedByClassMinor     Σ |break amount| per break class (the difference, for amount mismatches)
 */
public record ReconciliationStatement(Currency currency, long bankControlTotalMinor, long internalControlTotalMinor,
                                      long matchedBankMinor, long matchedInternalMinor,
                                      Map<BreakClass, Long> explainedByClassMinor, Map<BreakClass, Long> countByClass,
                                      long unexplainedResidualMinor) {
    public ReconciliationStatement {
        Objects.requireNonNull(currency, "currency");
        explainedByClassMinor = Map.copyOf(explainedByClassMinor);
        countByClass = Map.copyOf(countByClass);
        if (bankControlTotalMinor < 0 || internalControlTotalMinor < 0 || unexplainedResidualMinor < 0) {
            throw new IllegalArgumentException("control totals and residual are gross and must not be negative");
        }
        if (explainedByClassMinor.values().stream().anyMatch(amount -> amount < 0)) {
            throw new IllegalArgumentException("explained amounts are gross and must not be negative");
        }
    }
}
