package vn.ansinh.beneficiary.intake.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.beneficiary.intake.DuplicateInFile;
import vn.ansinh.beneficiary.intake.IntakeLimits;
import vn.ansinh.beneficiary.intake.IntakeResult;
import vn.ansinh.beneficiary.intake.RowChecks;

/**
 * Large files through the whole local pipeline (read, check, duplicate tracking). The million-row runs are slow
 * on a laptop, so they run only with {@code -Dansinh.intake.millionRows=true}. The CSV run passes with
 * {@code -DargLine=-Xmx128m}; the XLSX run writes shared strings as Excel does, and both fastexcel's writer and
 * reader keep the shared-string table in memory, so give it {@code -Xmx512m}.
 */
class ManyRowsTest {

    private static final int MILLION = 1_000_000;

    @TempDir
    Path directory;

    /** The CCCD of row {@code index}: distinct for every index below 10^6, all valid for men born in 1990. */
    private static String cccd(int index) {
        return String.format("079090%06d", index);
    }

    private Path csv(int rows) throws IOException {
        Path file = directory.resolve("many.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(IntakeFiles.HEADER + "\n");
            for (int index = 0; index < rows; index++) {
                writer.write("Nguyễn Văn An," + cccd(index) + ",15/03/1990,Nam,1.500.000,VCB,0071001234567\n");
            }
        }
        return file;
    }

    private Path xlsx(int rows) throws IOException {
        Path file = directory.resolve("many.xlsx");
        try (OutputStream stream = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(stream, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("ds");
            String[] header = IntakeFiles.HEADER.split(",");
            for (int column = 0; column < header.length; column++) {
                sheet.value(0, column, header[column]);
            }
            for (int index = 0; index < rows; index++) {
                String[] cells = {"Nguyễn Văn An", cccd(index), "15/03/1990", "Nam", "1500000", "VCB", "0071001234567"};
                for (int column = 0; column < cells.length; column++) {
                    sheet.value(index + 1, column, cells[column]);
                }
                if (index % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }

    /** Reads every row through the checks and the duplicate tracker; returns how many rows had a problem. */
    private static long problemRows(Path file, int expectedRows) throws IOException {
        RowChecks checks = RowChecks.standard();
        DuplicateInFile duplicates = new DuplicateInFile(IntakeLimits.defaults().rowsMax());
        AtomicLong withProblems = new AtomicLong();
        IntakeResult result = Intake.read(file, file.getFileName().toString(), IntakeLimits.defaults(),
                IntakeFiles.TODAY, row -> {
                    boolean clean = checks.check(row).isEmpty() && duplicates.check(row).isEmpty();
                    withProblems.addAndGet(clean ? 0 : 1);
                });
        assertEquals(expectedRows, assertInstanceOf(IntakeResult.Completed.class, result).rowCount());
        return withProblems.get();
    }

    @Test
    void aHundredThousandCsvRowsStream() throws IOException {
        // Proves that 100,000 distinct valid rows pass the local checks and the duplicate tracker unflagged.
        assertEquals(0, problemRows(csv(100_000), 100_000));
    }

    @Test
    @EnabledIfSystemProperty(named = "ansinh.intake.millionRows", matches = "true")
    void aMillionCsvRowsStream() throws IOException {
        // Proves that a 1,000,000-row CSV is read to the end within the default limits.
        assertEquals(0, problemRows(csv(MILLION), MILLION));
    }

    @Test
    @EnabledIfSystemProperty(named = "ansinh.intake.millionRows", matches = "true")
    void aMillionXlsxRowsStream() throws IOException {
        // Proves that a 1,000,000-row workbook passes the zip-bomb guard and streams to the end.
        assertEquals(0, problemRows(xlsx(MILLION), MILLION));
    }
}
