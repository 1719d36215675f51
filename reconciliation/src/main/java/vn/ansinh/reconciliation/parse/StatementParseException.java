package vn.ansinh.reconciliation.parse;

import java.util.Objects;

/**
 * Why a file could not be read as a statement and where: {@code position} names a line/column or an entry index
 * so an operator can open the file at the right place. Internal to parsing; callers see {@link ParseOutcome}.
 */
public class StatementParseException extends Exception {
    private final String position;

    public StatementParseException(String position, String message) {
        super(message);
        this.position = Objects.requireNonNull(position, "position");
    }

    public StatementParseException(String position, String message, Throwable cause) {
        super(message, cause);
        this.position = Objects.requireNonNull(position, "position");
    }

    public String position() {
        return position;
    }
}
