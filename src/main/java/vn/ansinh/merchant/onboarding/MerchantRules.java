package vn.ansinh.merchant.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ansinh.banking.BankAccountCheck;
import vn.ansinh.banking.BankAccountRules;
import vn.ansinh.merchant.MdrPlan;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** Checks a new merchant's fields, its settlement bank and account, and its MDR plan; reports every problem at once. */
final class MerchantRules {

    /** A merchant that passed every local check; the bank has not yet been asked about the account. */
    record Checked(NewMerchant merchant, BankAccountCheck.Valid account, MdrPlan plan) {}

    private MerchantRules() {
    }

    static Checked check(NewMerchant merchant, BankAccountRules bankRules) {
        if (merchant == null) {
            throw DomainException.invalid("MERCHANT_INVALID", "Send the merchant as JSON.", List.of());
        }
        var violations = new ArrayList<Violation>();
        text(violations, "name", merchant.name(), 200);
        text(violations, "address", merchant.address(), 300);
        if (merchant.mcc() == null || !merchant.mcc().matches("[0-9]{4}")) {
            violations.add(Violation.ofField("mcc", "FORMAT", "The merchant category code is 4 digits (ISO 18245)."));
        }
        BankAccountCheck account = bankRules.check(nonNull(merchant.settlementBank()), nonNull(merchant.settlementAccount()));
        account.defects().forEach(defect -> violations.add(Violation.ofField(
                defect.name().startsWith("BANK") ? "settlementBank" : "settlementAccount", defect.name(),
                defect.name().startsWith("BANK") ? "Not a NAPAS bank BIN or code." : "An account number is 6-19 digits.")));
        Optional<MdrPlan> plan = plan(merchant.mdr(), violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid("MERCHANT_INVALID", "The merchant has " + violations.size() + " problem(s).", violations);
        }
        return new Checked(merchant, (BankAccountCheck.Valid) account, plan.orElseThrow());
    }

    private static Optional<MdrPlan> plan(NewMerchant.Mdr mdr, List<Violation> violations) {
        if (mdr == null || mdr.rateBp() == null || mdr.fixedVnd() == null) {
            violations.add(Violation.ofField("mdr", "REQUIRED", "Give rateBp and fixedVnd (capVnd is optional)."));
            return Optional.empty();
        }
        try {
            return Optional.of(new MdrPlan(mdr.rateBp(), mdr.fixedVnd(), Optional.ofNullable(mdr.capVnd())));
        } catch (IllegalArgumentException outOfRange) {
            violations.add(Violation.ofField("mdr", "RANGE", outOfRange.getMessage()));
            return Optional.empty();
        }
    }

    private static void text(List<Violation> violations, String field, String value, int lengthMax) {
        if (value == null || value.isBlank() || value.length() > lengthMax) {
            violations.add(Violation.ofField(field, "REQUIRED", "1-" + lengthMax + " characters."));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
