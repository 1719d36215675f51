package vn.ansinh.beneficiary.intake.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;

class XlsxIntakeTest {

    private static final List<String> HEADERS = List.of("STT", "Họ và tên", "Số CCCD", "Ngày sinh", "Giới tính",
            "Số tiền", "Ngân hàng", "Số tài khoản");

    @TempDir
    Path directory;

    /** A workbook whose first sheet has a title row, the header on row 2, then whatever {@code rows} writes. */
    private Path workbook(Consumer<Worksheet> rows) throws IOException {
        Path file = directory.resolve("ds.xlsx");
        try (OutputStream stream = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(stream, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            sheet.value(0, 0, "DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI");
            for (int column = 0; column < HEADERS.size(); column++) {
                sheet.value(1, column, HEADERS.get(column));
            }
            rows.accept(sheet);
            workbook.newWorksheet("Ghi chú").value(0, 0, "ignored: only the first sheet is read");
            workbook.finish();
        }
        return file;
    }

    private static void textRow(Worksheet sheet, int row, String... cells) {
        for (int column = 0; column < cells.length; column++) {
            sheet.value(row, column, cells[column]);
        }
    }

    @Test
    void textCellsAreStreamedIntoRows() throws IOException {
        // Proves that a workbook with a title row and text cells is read row by row with spreadsheet row numbers.
        Path file = workbook(sheet -> {
            textRow(sheet, 2, "1", "Nguyễn Văn An", "079090001234", "15/03/1990", "Nam", "1.500.000", "VCB",
                    "0071001234567");
            textRow(sheet, 4, "2", "Trần Thị Bình", "079190001235", "1990-07-01", "Nữ", "1200000", "BIDV",
                    "12345678901");
        });
        List<BeneficiaryRow> rows = readAll(file);
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(0).rowNumber());
        assertEquals(5, rows.get(1).rowNumber());
        assertEquals(OptionalLong.of(1_500_000L), rows.get(0).amountVnd());
        assertEquals(List.of(), rows.get(0).problems());
        assertEquals("Trần Thị Bình", rows.get(1).fullName());
    }

    @Test
    void numbersAndDatesStoredBySpreadsheetsAreRecovered() throws IOException {
        // Proves that a numeric CCCD gets its leading zero back, a date cell is a date, a numeric amount is exact.
        Path file = workbook(sheet -> {
            textRow(sheet, 2, "1", "Nguyễn Văn An");
            sheet.value(2, 2, 79_090_001_234L);
            sheet.value(2, 3, LocalDate.of(1990, 3, 15));
            sheet.value(2, 4, "M");
            sheet.value(2, 5, 1_500_000);
            sheet.value(2, 6, 970436);
            sheet.value(2, 7, 71_001_234_567L);
        });
        BeneficiaryRow row = readAll(file).getFirst();
        assertEquals("079090001234", row.cccd());
        assertEquals(Optional.of(LocalDate.of(1990, 3, 15)), row.dateOfBirth());
        assertEquals(OptionalLong.of(1_500_000L), row.amountVnd());
        assertEquals("970436", row.bank());
        assertEquals(List.of(), row.problems());
    }

    @Test
    void aLongAccountStoredAsANumberIsFlagged() throws IOException {
        // Proves that a 16-digit account stored as a number, which a spreadsheet rounds, earns ACCOUNT_FORMAT.
        Path file = workbook(sheet -> {
            textRow(sheet, 2, "1", "Nguyễn Văn An", "079090001234", "15/03/1990", "Nam", "1500000", "VCB");
            sheet.value(2, 7, 9_704_123_412_345_678L);
        });
        assertEquals(List.of(ReasonCode.ACCOUNT_FORMAT),
                readAll(file).getFirst().problems().stream().map(RowProblem::code).toList());
    }

    @Test
    void aFormulaInAColumnWeReadRefusesTheFile() throws IOException {
        // Proves that a formula in the amount column is refused with FORMULA_CELL naming the row and field.
        Path file = workbook(sheet -> {
            textRow(sheet, 2, "1", "Nguyễn Văn An", "079090001234", "15/03/1990", "Nam", "", "VCB", "0071001234567");
            sheet.formula(2, 5, "1500000*2");
        });
        FileProblem problem = assertThrows(IntakeFileException.class, () -> readAll(file)).problem();
        assertEquals(FileProblemCode.FORMULA_CELL, problem.code());
        assertEquals(OptionalLong.of(3), problem.row());
        assertEquals(Optional.of(IntakeField.AMOUNT), problem.field());
    }

    @Test
    void aFormulaInAnIgnoredColumnIsHarmless() throws IOException {
        // Proves that a row-counter formula in the STT column, which we never read, does not refuse the file.
        Path file = workbook(sheet -> {
            textRow(sheet, 2, "", "Nguyễn Văn An", "079090001234", "15/03/1990", "Nam", "1500000", "VCB",
                    "0071001234567");
            sheet.formula(2, 0, "ROW()-2");
        });
        assertEquals(1, readAll(file).size());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsRead() throws IOException {
        // Proves that a workbook part expanding 100 MiB from a few hundred KiB is refused as TOO_LARGE.
        Path file = directory.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int mebibyte = 0; mebibyte < 100; mebibyte++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        FileProblem problem = assertThrows(IntakeFileException.class, () -> readAll(file)).problem();
        assertEquals(FileProblemCode.TOO_LARGE, problem.code());
        assertTrue(problem.detail().contains("zip bomb"), problem.detail());
    }

    @Test
    void aPartThatLiesAboutItsSizeIsRefused() throws IOException {
        // Proves that a central directory declaring a small size for a large part is caught while inflating.
        Path file = directory.resolve("liar.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(new byte[2 * 1024 * 1024]);
            zip.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(file);
        int centralEntry = indexOf(bytes, new byte[] {'P', 'K', 1, 2});
        int declaredSize = centralEntry + 24;
        bytes[declaredSize] = (byte) 0xE8;
        bytes[declaredSize + 1] = 0x03;
        bytes[declaredSize + 2] = 0;
        bytes[declaredSize + 3] = 0;
        Files.write(file, bytes);
        FileProblem problem = assertThrows(IntakeFileException.class, () -> readAll(file)).problem();
        assertEquals(FileProblemCode.TOO_LARGE, problem.code());
        assertTrue(problem.detail().contains("declares"), problem.detail());
    }

    @Test
    void aZipThatIsNotAWorkbookIsUnsupported() throws IOException {
        // Proves that a zip without workbook parts is refused as UNSUPPORTED_FORMAT, not as a crash.
        Path file = directory.resolve("photos.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        FileProblem problem = assertThrows(IntakeFileException.class, () -> readAll(file)).problem();
        assertEquals(FileProblemCode.UNSUPPORTED_FORMAT, problem.code());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int index = 0; index + needle.length <= haystack.length; index++) {
            boolean found = true;
            for (int offset = 0; offset < needle.length && found; offset++) {
                found = haystack[index + offset] == needle[offset];
            }
            if (found) {
                return index;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
