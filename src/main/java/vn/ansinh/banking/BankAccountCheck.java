package vn.ansinh.banking;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The result of checking a bank and account number against the directory and the account rules. */
public sealed interface BankAccountCheck {

    /** The bank is a NAPAS member and the account number is well formed; the bank may still say it is unknown. */
    record Valid(Bank bank, AccountNumber account) implements BankAccountCheck {
        public Valid {
            Objects.requireNonNull(bank, "bank");
            Objects.requireNonNull(account, "account");
        }
    }

    /** Every defect found; never empty. */
    record Invalid(Set<AccountDefect> defects) implements BankAccountCheck {
        public Invalid {
            if (defects.isEmpty()) {
                throw new IllegalArgumentException("an invalid bank account has at least one defect");
            }
            // An EnumSet keeps the declaration order, so reports list defects the same way every time.
            defects = Collections.unmodifiableSet(EnumSet.copyOf(defects));
        }
    }

    default Set<AccountDefect> defects() {
        return switch (this) {
            case Valid valid -> Set.of();
            case Invalid invalid -> invalid.defects;
        };
    }
}
