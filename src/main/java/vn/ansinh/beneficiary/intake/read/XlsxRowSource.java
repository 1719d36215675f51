package vn.ansinh.beneficiary.intake.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;

/**
 * Rows of the first sheet of an .xlsx workbook, streamed by fastexcel-reader after {@link XlsxGuard} has ruled
 * out a zip bomb. A formula in a column we read refuses the file (FORMULA_CELL): its cached value may be stale and
 * a payment list must hold values, not calculations. Formulas in other columns (a row counter) are ignored.
 */
final class XlsxRowSource implements RowSource {

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> rowStream;
    private final Iterator<Row> rows;
    private final boolean date1904;
    private final HeaderMap header;
    private long lastRowNumber;

    XlsxRowSource(Path file, String fileName, IntakeLimits limits) throws IOException {
        this.fileName = fileName;
        XlsxGuard.check(file, fileName, limits);
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
        } catch (IOException | ExcelReaderException e) {
            throw new IntakeFileException(FileProblem.ofFile(FileProblemCode.UNSUPPORTED_FORMAT, fileName,
                    "not a readable .xlsx workbook"), e);
        }
        try {
            this.date1904 = workbook.isDate1904();
            this.rowStream = workbook.getFirstSheet().openStream();
            this.rows = rowStream.iterator();
            this.header = findHeader(limits);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e instanceof IntakeFileException refusal ? refusal : ReadFailures.refusal(e, fileName, 1);
        }
    }

    @Override
    public Optional<RawRow> nextRaw() {
        return nextRow().map(row -> {
            Map<IntakeField, RawValue> values = new EnumMap<>(IntakeField.class);
            header.columnByField().forEach((field, column) -> values.put(field, valueOf(row, column, field)));
            return new RawRow(row.getRowNum(), values);
        });
    }

    @Override
    public void close() {
        rowStream.close();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Closing a file we only read loses nothing.
        }
    }

    private HeaderMap findHeader(IntakeLimits limits) {
        boolean sawText = false;
        for (int searched = 0; searched < HeaderMap.HEADER_SEARCH_ROWS_MAX; searched++) {
            Optional<Row> row = nextRow();
            if (row.isEmpty()) {
                break;
            }
            List<String> headers = headersOf(row.get());
            sawText |= headers.stream().anyMatch(text -> !text.isBlank());
            Optional<HeaderMap> found = HeaderMap.recognise(headers, fileName, row.get().getRowNum(),
                    limits.columnsMax());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw HeaderMap.noHeader(fileName, sawText);
    }

    private static List<String> headersOf(Row row) {
        return IntStream.range(0, row.getCellCount())
                .mapToObj(column -> row.getOptionalCell(column).map(Cell::getText).orElse(""))
                .toList();
    }

    private RawValue valueOf(Row row, int column, IntakeField field) {
        Optional<Cell> cell = row.getOptionalCell(column);
        if (cell.isEmpty()) {
            return RawValue.BLANK;
        }
        return switch (cell.get().getType()) {
            case EMPTY -> RawValue.BLANK;
            case STRING, BOOLEAN, ERROR -> RawValue.text(cell.get().getText());
            case NUMBER -> numberValue(cell.get(), field);
            case FORMULA -> throw new IntakeFileException(FileProblem.atCell(FileProblemCode.FORMULA_CELL, fileName,
                    row.getRowNum(), field, "the cell holds a formula; copy the column and paste it as values"));
        };
    }

    private RawValue numberValue(Cell cell, IntakeField field) {
        if (field == IntakeField.DATE_OF_BIRTH) {
            return ExcelSerialDate.toDate(cell.asNumber(), date1904)
                    .map(date -> RawValue.text(date.toString()))
                    .orElse(RawValue.number(cell.asNumber().toPlainString()));
        }
        return RawValue.number(cell.asNumber().toPlainString());
    }

    private Optional<Row> nextRow() {
        try {
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            Row row = rows.next();
            lastRowNumber = row.getRowNum();
            return Optional.of(row);
        } catch (UncheckedIOException | ExcelReaderException e) {
            throw ReadFailures.refusal(e, fileName, lastRowNumber + 1);
        }
    }
}
