package vn.ansinh.audit;

import java.util.Map;
import java.util.Objects;

/**
 * What happened, told by the code that made it happen: who (a username or a system actor such as
 * {@code system:dispatcher}), the action in SUBJECT_VERB form, the subject as {@code kind:id}, and the facts.
 */
public record AuditEvent(String actor, String action, String subject, Map<String, ?> payload) {

    static final int ACTION_LENGTH_MAX = 64;
    static final int SUBJECT_LENGTH_MAX = 200;

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        if (!action.matches("[A-Z][A-Z0-9_]{1," + (ACTION_LENGTH_MAX - 1) + "}")) {
            throw new IllegalArgumentException("action must be UPPER_SNAKE, at most " + ACTION_LENGTH_MAX + ": " + action);
        }
        if (subject.isBlank() || subject.length() > SUBJECT_LENGTH_MAX) {
            throw new IllegalArgumentException("subject must be 1.." + SUBJECT_LENGTH_MAX + " characters");
        }
        payload = Map.copyOf(payload);
    }
}
