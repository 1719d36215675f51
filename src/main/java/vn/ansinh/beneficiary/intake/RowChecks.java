package vn.ansinh.beneficiary.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ansinh.banking.AccountNumber;
import vn.ansinh.banking.BankAccountRules;
import vn.ansinh.banking.IbanCheck;
import vn.ansinh.identity.CccdDefect;
import vn.ansinh.identity.CccdRules;

/**
 * The checks a row can pass without asking anyone: the problems found while parsing, the CCCD's structure against
 * the row's own date of birth and gender, and the bank and account against the NAPAS directory. Registry and bank
 * inquiries come later and add their own codes. Each (code, field) pair is reported once.
 */
public final class RowChecks {

    private final CccdRules cccdRules;
    private final BankAccountRules bankAccountRules;

    public RowChecks(CccdRules cccdRules, BankAccountRules bankAccountRules) {
        this.cccdRules = Objects.requireNonNull(cccdRules, "cccdRules");
        this.bankAccountRules = Objects.requireNonNull(bankAccountRules, "bankAccountRules");
    }

    public static RowChecks standard() {
        return new RowChecks(CccdRules.standard(), BankAccountRules.standard());
    }

    /** Every local problem of the row, parse problems first; empty when the row may go on to verification. */
    public List<RowProblem> check(BeneficiaryRow row) {
        List<RowProblem> problems = new ArrayList<>(row.problems());
        if (!row.cccd().isEmpty()) {
            cccdRules.check(row.cccd(), row.dateOfBirth(), row.gender()).defects()
                    .forEach(defect -> problems.add(cccdProblem(defect)));
        }
        problems.addAll(bankProblems(row.bank()));
        accountProblem(row.accountNumber()).ifPresent(problems::add);
        return distinct(problems);
    }

    private static RowProblem cccdProblem(CccdDefect defect) {
        return switch (defect) {
            case CCCD_FORMAT -> RowProblem.of(ReasonCode.CCCD_FORMAT, IntakeField.CCCD,
                    "a CCCD has exactly 12 digits");
            case CCCD_PROVINCE -> RowProblem.of(ReasonCode.CCCD_PROVINCE, IntakeField.CCCD,
                    "digits 1–3 are not a province code");
            case CCCD_CENTURY_GENDER -> RowProblem.of(ReasonCode.CCCD_CENTURY_GENDER, IntakeField.CCCD,
                    "digit 4 disagrees with the row's gender or century of birth");
            case CCCD_BIRTH_YEAR -> RowProblem.of(ReasonCode.CCCD_BIRTH_YEAR, IntakeField.CCCD,
                    "digits 5–6 are not the last two digits of the row's birth year");
        };
    }

    private List<RowProblem> bankProblems(String bank) {
        if (bank.isEmpty() || bankAccountRules.directory().find(bank).isPresent()) {
            return List.of();
        }
        return List.of(RowProblem.of(ReasonCode.BANK_UNKNOWN, IntakeField.BANK,
                "neither a NAPAS BIN nor a known bank code"));
    }

    private static Optional<RowProblem> accountProblem(String account) {
        if (account.isEmpty() || AccountNumber.parse(account).isPresent()) {
            return Optional.empty();
        }
        String detail = IbanCheck.looksLikeIban(account)
                ? ibanDetail(IbanCheck.of(account))
                : "an account number has 6–19 digits";
        return Optional.of(RowProblem.of(ReasonCode.ACCOUNT_FORMAT, IntakeField.ACCOUNT_NUMBER, detail));
    }

    private static String ibanDetail(IbanCheck check) {
        return switch (check) {
            case IbanCheck.Valid valid -> "a foreign IBAN (" + valid.countryCode() + ") cannot be paid through NAPAS";
            case IbanCheck.Invalid invalid -> "not a Vietnamese account number, and not a valid IBAN: "
                    + invalid.defect();
        };
    }

    /** Keeps the first problem of each (code, field) pair: a parse problem's detail is the more specific. */
    private static List<RowProblem> distinct(List<RowProblem> problems) {
        Map<String, RowProblem> byKey = new LinkedHashMap<>();
        for (RowProblem problem : problems) {
            byKey.putIfAbsent(problem.code() + "/" + problem.field().map(Enum::name).orElse(""), problem);
        }
        return List.copyOf(byKey.values());
    }
}
