package vn.ansinh.rails.id;

/** What an end-to-end id was built from; decoding an id gives back exactly this. */
public sealed interface EndToEndIdOrigin permits EndToEndIdOrigin.RunLine, EndToEndIdOrigin.Sequence {

    /** A line of a payment run: run ids and line numbers start at 0 and stay below their encoding's capacity. */
    record RunLine(long runId, long lineNumber) implements EndToEndIdOrigin {
        public RunLine {
            if (runId < 0 || runId > EndToEndId.RUN_ID_MAX) {
                throw new IllegalArgumentException("run id outside 0.." + EndToEndId.RUN_ID_MAX + ": " + runId);
            }
            if (lineNumber < 0 || lineNumber > EndToEndId.LINE_NUMBER_MAX) {
                throw new IllegalArgumentException(
                        "line number outside 0.." + EndToEndId.LINE_NUMBER_MAX + ": " + lineNumber);
            }
        }
    }

    /** A value of a database sequence; every non-negative long fits. */
    record Sequence(long value) implements EndToEndIdOrigin {
        public Sequence {
            if (value < 0) {
                throw new IllegalArgumentException("a sequence value is not negative: " + value);
            }
        }
    }
}
