package vn.ansinh.reconciliation.parse;

import java.util.List;
import java.util.Objects;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Result of parsing one file: a refused file is an expected operating state, not an exception. */
public sealed interface ParseOutcome {

    /** The file was read to the end; entries went to the sink, summaries are here in file order. */
    record Parsed(StatementFormat format, List<StatementSummary> statements) implements ParseOutcome {
        public Parsed {
            Objects.requireNonNull(format, "format");
            statements = List.copyOf(statements);
        }
    }

    /** The file was refused; {@code reason} says which rule, {@code position} says where. */
    record Refused(RefusalKind kind, String position, String reason) implements ParseOutcome {
        public Refused {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(reason, "reason");
        }

        public String describe() {
            return kind + " at " + position + ": " + reason;
        }
    }

    /** Families of refusal, so callers can tell a hostile file from a message that is simply not a statement. */
    enum RefusalKind {
        /** Well-formed ISO 20022 or SWIFT message that is not a bank statement (pain.001, pain.002, camt.055...). */
        NOT_A_STATEMENT,
        /** Content that breaks the format's syntax or field rules. */
        MALFORMED,
        /** DOCTYPE, entity declarations or a limit exceeded. */
        HOSTILE_OR_OVERSIZED,
        /** The content's format could not be recognised. */
        UNKNOWN_FORMAT,
        /** The file could not be read at all. */
        UNREADABLE
    }
}
