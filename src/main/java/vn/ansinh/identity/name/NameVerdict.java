package vn.ansinh.identity.name;

/** How closely two names agree, from the score of {@link NameMatch}. */
public enum NameVerdict {
    /** The normal forms are identical. */
    EXACT,
    /** Score at least {@link NameMatch#MATCH_SCORE_MIN}: the same person written slightly differently. */
    MATCH,
    /** Score in [{@link NameMatch#REVIEW_SCORE_MIN}, {@link NameMatch#MATCH_SCORE_MIN}): an officer decides. */
    REVIEW,
    /** Score below {@link NameMatch#REVIEW_SCORE_MIN}: different people. */
    MISMATCH
}
