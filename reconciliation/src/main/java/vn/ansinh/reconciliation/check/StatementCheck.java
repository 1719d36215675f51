package vn.ansinh.reconciliation.check;

import java.util.Objects;
import vn.ansinh.reconciliation.model.StatementSummary;

/** The balance check of one statement. */
public record StatementCheck(StatementSummary statement, BalanceCheck balance) {
    public StatementCheck {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(balance, "balance");
    }
}
