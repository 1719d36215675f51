package vn.ansinh.rails.reason;

import java.util.Objects;

/**
 * What a reason code means for the engine: who acts, whether paying again after that correction makes sense, and a
 * short text for officers in Vietnamese and English.
 */
public record ReasonAdvice(ReasonCode code, Actor actor, boolean reissueAfterCorrection, String vietnamese,
        String english) {

    public static final int TEXT_LENGTH_MAX = 200;

    public ReasonAdvice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(actor, "actor");
        requireText(vietnamese, "vietnamese");
        requireText(english, "english");
    }

    private static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank() || text.length() > TEXT_LENGTH_MAX) {
            throw new IllegalArgumentException(name + " text has 1-" + TEXT_LENGTH_MAX + " characters");
        }
    }
}
