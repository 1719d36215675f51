package vn.ansinh.platform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal the domain gives on purpose: a stable code, a human detail, and where it came from.
 * Domain code throws it without knowing HTTP; the HTTP layer turns its {@link Kind} into a status.
 */
public final class DomainException extends RuntimeException {

    /** What kind of refusal this is; the HTTP layer maps each to one status. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHENTICATED, TOO_LARGE, UNAVAILABLE }

    private final Kind kind;
    private final String code;
    private final String file;
    private final List<Violation> violations;

    public DomainException(Kind kind, String code, String detail) {
        this(kind, code, detail, null, List.of());
    }

    public DomainException(Kind kind, String code, String detail, String file, List<Violation> violations) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.file = file;
        this.violations = List.copyOf(violations);
    }

    public static DomainException invalid(String code, String detail, List<Violation> violations) {
        return new DomainException(Kind.INVALID, code, detail, null, violations);
    }

    public static DomainException notFound(String code, String detail) {
        return new DomainException(Kind.NOT_FOUND, code, detail);
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(Kind.CONFLICT, code, detail);
    }

    public Kind kind() { return kind; }
    public String code() { return code; }
    public String detail() { return getMessage(); }
    public Optional<String> file() { return Optional.ofNullable(file); }
    public List<Violation> violations() { return violations; }
}
