package vn.ansinh.banking;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Checks a bank (BIN or short code) and an account number as an officer wrote them; reports every defect. */
public final class BankAccountRules {

    private final BankDirectory directory;

    public BankAccountRules(BankDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public static BankAccountRules standard() {
        return new BankAccountRules(BankDirectory.standard());
    }

    public BankAccountCheck check(String bankText, String accountText) {
        Optional<Bank> bank = directory.find(bankText);
        Optional<AccountNumber> account = AccountNumber.parse(accountText);
        if (bank.isPresent() && account.isPresent()) {
            return new BankAccountCheck.Valid(bank.get(), account.get());
        }
        Set<AccountDefect> defects = EnumSet.noneOf(AccountDefect.class);
        if (bank.isEmpty()) {
            defects.add(AccountDefect.BANK_UNKNOWN);
        }
        if (account.isEmpty()) {
            defects.add(AccountDefect.ACCOUNT_FORMAT);
        }
        return new BankAccountCheck.Invalid(defects);
    }

    public BankDirectory directory() {
        return directory;
    }
}
