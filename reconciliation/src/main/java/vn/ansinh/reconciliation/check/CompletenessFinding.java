package vn.ansinh.reconciliation.check;

import java.util.Objects;

/** A problem or observation about a set of statements, found before any matching. */
public sealed interface CompletenessFinding {
    /** Whether this finding makes the reconciliation INCOMPLETE. */
    boolean blocksCompleteness();

    String describe();

    /** Electronic sequence numbers missing between two received statements of one account. */
    record SequenceGap(String account, long missingFrom, long missingTo) implements CompletenessFinding {
        public SequenceGap {
            Objects.requireNonNull(account, "account");
            if (missingFrom > missingTo) {
                throw new IllegalArgumentException("gap bounds reversed");
            }
        }

        @Override
        public boolean blocksCompleteness() {
            return true;
        }

        @Override
        public String describe() {
            return "account " + account + ": statements " + missingFrom + ".." + missingTo + " not received";
        }
    }

    /** The same statement delivered twice with the same content: recognised and counted once. */
    record DuplicateStatement(String identityKey) implements CompletenessFinding {
        public DuplicateStatement {
            Objects.requireNonNull(identityKey, "identityKey");
        }

        @Override
        public boolean blocksCompleteness() {
            return false;
        }

        @Override
        public String describe() {
            return "statement " + identityKey + " received twice with identical totals; counted once";
        }
    }

    /** The same statement identity delivered twice with different content: which one is true is unknown. */
    record ConflictingStatement(String identityKey) implements CompletenessFinding {
        public ConflictingStatement {
            Objects.requireNonNull(identityKey, "identityKey");
        }

        @Override
        public boolean blocksCompleteness() {
            return true;
        }

        @Override
        public String describe() {
            return "statement " + identityKey + " received twice with different totals";
        }
    }

    /** A statement's entries do not add up to its balances. */
    record BalanceMismatch(String identityKey, BalanceCheck.Inconsistent check) implements CompletenessFinding {
        public BalanceMismatch {
            Objects.requireNonNull(identityKey, "identityKey");
            Objects.requireNonNull(check, "check");
        }

        @Override
        public boolean blocksCompleteness() {
            return true;
        }

        @Override
        public String describe() {
            return "statement " + identityKey + ": " + check.reason();
        }
    }

    /** The bank's own declared count or net (camt TxsSummry, MT942 90C/90D) disagrees with the entries read. */
    record DeclaredTotalsMismatch(String identityKey, String reason) implements CompletenessFinding {
        public DeclaredTotalsMismatch {
            Objects.requireNonNull(identityKey, "identityKey");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean blocksCompleteness() {
            return true;
        }

        @Override
        public String describe() {
            return "statement " + identityKey + ": " + reason;
        }
    }

    /** A statement format that must carry balances arrived without them. */
    record MissingBalances(String identityKey) implements CompletenessFinding {
        public MissingBalances {
            Objects.requireNonNull(identityKey, "identityKey");
        }

        @Override
        public boolean blocksCompleteness() {
            return true;
        }

        @Override
        public String describe() {
            return "statement " + identityKey + " has no opening/closing booked balances";
        }
    }
}
