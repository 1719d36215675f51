package vn.ansinh.payout.cash;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a cash list row by row, as CSV (UTF-8 with a byte-order mark, for Excel) or as XLSX. */
sealed interface CashListWriter extends AutoCloseable permits CashListWriter.Csv, CashListWriter.Xlsx {

    void write(CashRow row) throws IOException;

    @Override
    void close() throws IOException;

    static CashListWriter of(CashListFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new Csv(out);
            case XLSX -> new Xlsx(out);
        };
    }

    final class Csv implements CashListWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(CashListColumns.HEADERS);
        }

        @Override
        public void write(CashRow row) throws IOException {
            printer.printRecord(CashListColumns.cells(row));
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /** Numbers as numeric cells, text as text; rows flushed in batches so memory stays flat. */
    final class Xlsx implements CashListWriter {
        static final int ROWS_PER_FLUSH = 10_000;
        private final Workbook workbook;
        private final Worksheet sheet;
        private int nextRow;

        Xlsx(OutputStream out) {
            workbook = new Workbook(out, "ansinh", "1.0");
            sheet = workbook.newWorksheet("Chi tiền mặt");
            texts(CashListColumns.HEADERS);
        }

        @Override
        public void write(CashRow row) throws IOException {
            if (nextRow >= Worksheet.MAX_ROWS) throw new IllegalStateException("a worksheet holds at most " + Worksheet.MAX_ROWS + " rows");
            texts(CashListColumns.cells(row));
            sheet.value(nextRow - 1, CashListColumns.BENEFICIARY_COLUMN, row.beneficiaryId());
            sheet.value(nextRow - 1, CashListColumns.AMOUNT_COLUMN, row.amountVnd());
            if (nextRow % ROWS_PER_FLUSH == 0) sheet.flush();
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }

        private void texts(List<String> cells) {
            for (int column = 0; column < cells.size(); column++) sheet.value(nextRow, column, cells.get(column));
            nextRow++;
        }
    }
}
