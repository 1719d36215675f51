package vn.ansinh.payout.settings;

import java.util.Objects;
import java.util.OptionalLong;
import vn.ansinh.banking.AccountNumber;
import vn.ansinh.banking.BankDirectory;
import vn.ansinh.rails.party.BankBin;

/**
 * How a program pays: from which account, through which rail, within which budget per period, by which rule, and
 * above which run total a second approver is needed (none: one approver for every run).
 */
public record PayoutSettings(BankBin fundingBin, AccountNumber fundingAccount, String fundingName, Rail rail,
                             long budgetPerPeriodVnd, BenefitRule benefitRule, OptionalLong approvalSecondAboveVnd) {

    /** A budget beyond a quadrillion đồng is a typing error; run totals stay far inside a long below it. */
    public static final long BUDGET_VND_MAX = 1_000_000_000_000_000L;
    /** ISO 20022 allows 140; Vietnamese banks print about 70 on statements. */
    public static final int FUNDING_NAME_LENGTH_MAX = 70;

    public PayoutSettings {
        Objects.requireNonNull(fundingBin, "fundingBin");
        Objects.requireNonNull(fundingAccount, "fundingAccount");
        Objects.requireNonNull(fundingName, "fundingName");
        Objects.requireNonNull(rail, "rail");
        Objects.requireNonNull(benefitRule, "benefitRule");
        Objects.requireNonNull(approvalSecondAboveVnd, "approvalSecondAboveVnd");
        if (BankDirectory.standard().find(fundingBin.digits()).isEmpty()) {
            throw new IllegalArgumentException("the funding BIN is not a NAPAS member: " + fundingBin.digits());
        }
        if (fundingName.isBlank() || fundingName.length() > FUNDING_NAME_LENGTH_MAX) {
            throw new IllegalArgumentException("the funding account name has 1.." + FUNDING_NAME_LENGTH_MAX + " characters");
        }
        if (budgetPerPeriodVnd < 1 || budgetPerPeriodVnd > BUDGET_VND_MAX) {
            throw new IllegalArgumentException("the budget per period is 1.." + BUDGET_VND_MAX + " đồng");
        }
        if (approvalSecondAboveVnd.isPresent() && approvalSecondAboveVnd.getAsLong() < 1) {
            throw new IllegalArgumentException("the second-approval threshold is at least 1 đồng");
        }
    }

    /** Approvals a run of this total needs: two distinct approvers strictly above the threshold, otherwise one. */
    public int approvalsRequiredFor(long totalVnd) {
        return approvalSecondAboveVnd.isPresent() && totalVnd > approvalSecondAboveVnd.getAsLong() ? 2 : 1;
    }
}
