package vn.ansinh.beneficiary.intake.read;

import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.IntakeFileException;

/**
 * Rows of one uploaded list, read one at a time: memory does not grow with the file. Not thread-safe.
 * Every method may throw {@link IntakeFileException} when the file must be refused part-way through; the
 * caller then discards the rows it already received.
 */
public interface BeneficiaryRowReader extends AutoCloseable {

    /** The next row, or empty after the last one. */
    Optional<BeneficiaryRow> next();

    /** Releases the file. Never throws: there is nothing a caller could do about a failed close of a read. */
    @Override
    void close();

    /** The remaining rows as a sequential stream; closing the stream closes this reader. */
    default Stream<BeneficiaryRow> stream() {
        Spliterator<BeneficiaryRow> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super BeneficiaryRow> action) {
                Optional<BeneficiaryRow> row = next();
                row.ifPresent(action);
                return row.isPresent();
            }
        };
        return StreamSupport.stream(rows, false).onClose(this::close);
    }
}
