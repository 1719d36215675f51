package vn.ansinh.rails.pain001;

import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.id.EndToEndIdOrigin;

/** The end-to-end ids already written to one file, held as numbers so that a million fit in bounded memory. */
final class EndToEndIdSet {

    private final long sizeMax;
    // Two sets because a run-line number and a sequence value may be equal while their ids differ; each is made on
    // first use, so a file of one kind of id pays for one set only.
    private LongSet runLines;
    private LongSet sequences;

    EndToEndIdSet(long sizeMax) {
        this.sizeMax = sizeMax;
    }

    /** False when the id was already added. */
    boolean add(EndToEndId id) {
        return switch (id.origin()) {
            case EndToEndIdOrigin.RunLine runLine -> runLines()
                    .add(runLine.runId() * (EndToEndId.LINE_NUMBER_MAX + 1) + runLine.lineNumber());
            case EndToEndIdOrigin.Sequence sequence -> sequences().add(sequence.value());
        };
    }

    private LongSet runLines() {
        if (runLines == null) {
            runLines = new LongSet(sizeMax);
        }
        return runLines;
    }

    private LongSet sequences() {
        if (sequences == null) {
            sequences = new LongSet(sizeMax);
        }
        return sequences;
    }
}
