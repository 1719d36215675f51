package vn.ansinh.payout;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/**
 * Reads a JSON request body field by field and gathers every violation before refusing, so that a caller fixes all
 * mistakes at once. Amounts must be JSON integers: Jackson would otherwise truncate 1.5 into 1 without a word, and a
 * silently changed amount is worse than a refusal.
 */
public final class JsonInput {

    private final JsonNode body;
    private final String prefix;
    private final List<Violation> violations;

    private JsonInput(JsonNode body, String prefix, List<Violation> violations) {
        this.body = body;
        this.prefix = prefix;
        this.violations = violations;
    }

    /** The body as an object; a missing or non-object body is one violation. */
    public static JsonInput of(JsonNode body, Set<String> knownFields) {
        var input = new JsonInput(body, "", new ArrayList<>());
        input.checkObject(knownFields);
        return input;
    }

    /** A nested object, reporting its violations under {@code field.}. */
    public JsonInput object(String field, Set<String> knownFields) {
        var nested = new JsonInput(body.path(field), prefix + field + ".", violations);
        nested.checkObject(knownFields);
        return nested;
    }

    /** An element of an array field, reporting its violations under {@code field[index].}. */
    public JsonInput element(String field, int index, Set<String> knownFields) {
        var nested = new JsonInput(body.path(field).path(index), prefix + field + "[" + index + "].", violations);
        nested.checkObject(knownFields);
        return nested;
    }

    public boolean has(String field) {
        return body.hasNonNull(field);
    }

    public JsonNode node(String field) {
        return body.path(field);
    }

    public Optional<String> optionalText(String field, int lengthMax) {
        if (!has(field)) return Optional.empty();
        JsonNode value = body.get(field);
        String text = value.isTextual() ? value.asText().strip() : "";
        if (text.isEmpty() || text.length() > lengthMax) {
            violation(field, "TEXT", "a text of 1.." + lengthMax + " characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public String text(String field, int lengthMax) {
        if (!has(field)) {
            violation(field, "REQUIRED", "required");
            return "";
        }
        return optionalText(field, lengthMax).orElse("");
    }

    public OptionalLong optionalLong(String field, long min, long max) {
        if (!has(field)) return OptionalLong.empty();
        JsonNode value = body.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            violation(field, "INTEGER", "a whole number from " + min + " to " + max);
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.asLong());
    }

    public long integer(String field, long min, long max) {
        if (!has(field)) {
            violation(field, "REQUIRED", "required");
            return min;
        }
        return optionalLong(field, min, max).orElse(min);
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        if (!has(field)) return Optional.empty();
        try {
            return Optional.of(Enum.valueOf(type, body.get(field).asText()));
        } catch (IllegalArgumentException unknown) {
            violation(field, "ONE_OF", "one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return Optional.empty();
        }
    }

    public void violation(String field, String code, String detail) {
        violations.add(Violation.ofField(prefix + field, code, prefix + field + ": " + detail + "."));
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** Refuses with every violation gathered so far, if any. */
    public void refuseIfInvalid(String code, String detail) {
        if (!violations.isEmpty()) throw DomainException.invalid(code, detail, violations);
    }

    private void checkObject(Set<String> knownFields) {
        if (!body.isObject()) {
            violations.add(Violation.ofField(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "OBJECT", "a JSON object is expected."));
            return;
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!knownFields.contains(name)) violation(name, "UNKNOWN_FIELD", "not a field of this request");
        });
    }
}
