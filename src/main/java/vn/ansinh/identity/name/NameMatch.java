package vn.ansinh.identity.name;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two names. The score is 1.0 when the normal forms are equal, otherwise the larger of the Jaro–Winkler
 * similarity of the normal forms and of the normal forms with their words sorted, so that "Văn Nguyễn An" and
 * "Nguyễn Văn An" (family name moved) still match.
 */
public record NameMatch(String normalizedLeft, String normalizedRight, double score, NameVerdict verdict) {

    public static final double MATCH_SCORE_MIN = 0.92;
    public static final double REVIEW_SCORE_MIN = 0.80;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    public NameMatch {
        Objects.requireNonNull(normalizedLeft, "normalizedLeft");
        Objects.requireNonNull(normalizedRight, "normalizedRight");
        Objects.requireNonNull(verdict, "verdict");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("a name score lies in [0, 1]: " + score);
        }
    }

    public static NameMatch of(String left, String right) {
        String normalizedLeft = NameNormalizer.normalize(left);
        String normalizedRight = NameNormalizer.normalize(right);
        if (normalizedLeft.equals(normalizedRight)) {
            return new NameMatch(normalizedLeft, normalizedRight, 1.0, NameVerdict.EXACT);
        }
        double score = Math.max(
                JARO_WINKLER.apply(normalizedLeft, normalizedRight),
                JARO_WINKLER.apply(sortTokens(normalizedLeft), sortTokens(normalizedRight)));
        return new NameMatch(normalizedLeft, normalizedRight, score, verdictFor(score));
    }

    /** The verdict for a score of two names whose normal forms differ. */
    public static NameVerdict verdictFor(double score) {
        if (score >= MATCH_SCORE_MIN) {
            return NameVerdict.MATCH;
        }
        if (score >= REVIEW_SCORE_MIN) {
            return NameVerdict.REVIEW;
        }
        return NameVerdict.MISMATCH;
    }

    /** The space-separated words of a normal form, sorted. */
    static String sortTokens(String normalized) {
        String[] tokens = normalized.split(" ");
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }
}
