package vn.ansinh.beneficiary.intake.read;

import java.util.Optional;

/** One file format's way of producing raw rows; {@link ParsingRowReader} does the rest for every format. */
interface RowSource extends AutoCloseable {

    /** The next row after the header, blank or not, or empty at the end of the data. */
    Optional<RawRow> nextRaw();

    @Override
    void close();
}
