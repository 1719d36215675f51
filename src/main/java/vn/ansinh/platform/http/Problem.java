package vn.ansinh.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.ansinh.platform.Violation;

/**
 * An RFC 9457 problem body. {@code code} is stable for programs; {@code detail} is for people;
 * {@code file} and {@code violations} say exactly which input was wrong. Never carries exception types or traces.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail, String instance,
                      String file, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Problem of(int status, String title, String code, String detail, String instance) {
        return new Problem(typeFor(code), title, status, code, detail, instance, null, List.of());
    }

    static String typeFor(String code) {
        return "urn:ansinh:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
