package vn.ansinh.beneficiary.intake.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.HEADER;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.VALID_ROW;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.readAll;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.write;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.writeText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;
import vn.ansinh.identity.Gender;

class CsvIntakeTest {

    @TempDir
    Path directory;

    private FileProblem refusalOf(Path file) {
        return assertThrows(IntakeFileException.class, () -> readAll(file)).problem();
    }

    @Test
    void aCleanRowIsReadIntoTypedFields() throws IOException {
        // Proves that every field of a plain comma-separated row lands typed in the BeneficiaryRow.
        BeneficiaryRow row = readAll(writeText(directory, "ds.csv", HEADER + "\n" + VALID_ROW + "\n")).getFirst();
        assertEquals(2, row.rowNumber());
        assertEquals("Nguyễn Văn An", row.fullName());
        assertEquals("079090001234", row.cccd());
        assertEquals(Optional.of(LocalDate.of(1990, 3, 15)), row.dateOfBirth());
        assertEquals(Optional.of(Gender.MALE), row.gender());
        assertEquals(OptionalLong.of(1_500_000L), row.amountVnd());
        assertEquals("VCB", row.bank());
        assertEquals("0071001234567", row.accountNumber());
        assertEquals(List.of(), row.problems());
    }

    @Test
    void aBomAndSemicolonsAndVietnameseHeadersAreUnderstood() throws IOException {
        // Proves the Excel-style export: UTF-8 BOM, semicolons, Vietnamese headers with diacritics, quoted cells.
        String text = "\uFEFFHọ và tên;Số CCCD;Ngày sinh;Giới tính;Số tiền;Ngân hàng;Số tài khoản;Ghi chú\r\n"
                + "Trần Thị Bình;079190001235;1990-07-01;Nữ;\"1.200.000\";970436;0071001234568;\"a; b\"\r\n";
        BeneficiaryRow row = readAll(writeText(directory, "ds.csv", text)).getFirst();
        assertEquals("Trần Thị Bình", row.fullName());
        assertEquals(Optional.of(Gender.FEMALE), row.gender());
        assertEquals(OptionalLong.of(1_200_000L), row.amountVnd());
        assertEquals("970436", row.bank());
    }

    @Test
    void aTitleAboveTheHeaderAndBlankLinesAreSkipped() throws IOException {
        // Proves that a title line is passed over, blank lines yield no rows, and row numbers stay line numbers.
        String text = "DANH SÁCH CHI TRẢ TRỢ CẤP,,,,,,\n" + HEADER + "\n\n" + VALID_ROW + "\n,,,,,,\n";
        List<BeneficiaryRow> rows = readAll(writeText(directory, "ds.csv", text));
        assertEquals(1, rows.size());
        assertEquals(4, rows.getFirst().rowNumber());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        // Proves that a header without the amount column refuses the file and the detail names so_tien.
        String header = "ho_ten,so_cccd,ngay_sinh,gioi_tinh,ma_ngan_hang,so_tai_khoan";
        FileProblem problem = refusalOf(writeText(directory, "ds.csv", header + "\nA,1,1,1,1,1\n"));
        assertEquals(FileProblemCode.MISSING_COLUMN, problem.code());
        assertTrue(problem.detail().contains("so_tien"), problem.detail());
        assertFalse(problem.detail().contains("so_cccd ("), problem.detail());
        assertEquals("ds.csv", problem.fileName());
    }

    @Test
    void twoColumnsForOneFieldAreRefused() throws IOException {
        // Proves that "Số CCCD" and "cccd" in one header is ambiguous and refused.
        FileProblem problem = refusalOf(writeText(directory, "ds.csv", HEADER + ",cccd\n" + VALID_ROW + ",1\n"));
        assertEquals(FileProblemCode.DUPLICATE_COLUMN, problem.code());
    }

    @Test
    void invalidUtf8IsRefusedWithItsRow() throws IOException {
        // Proves that a Windows-1258 byte on row 3 refuses the file with ENCODING near that row.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\n" + VALID_ROW + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'N', 'g', (byte) 0xF4, '\n'});
        FileProblem problem = refusalOf(write(directory, "ds.csv", bytes.toByteArray()));
        assertEquals(FileProblemCode.ENCODING, problem.code());
    }

    @Test
    void emptyFilesAreRefused() throws IOException {
        // Proves that no bytes, only a BOM, or only a header each refuse the file as EMPTY_FILE.
        assertEquals(FileProblemCode.EMPTY_FILE, refusalOf(writeText(directory, "a.csv", "")).code());
        assertEquals(FileProblemCode.EMPTY_FILE, refusalOf(writeText(directory, "b.csv", "\uFEFF")).code());
        assertEquals(FileProblemCode.EMPTY_FILE, refusalOf(writeText(directory, "c.csv", HEADER + "\n")).code());
    }

    @Test
    void rowProblemsNameTheirFieldAndTheRowIsStillProduced() throws IOException {
        // Proves that empty, unreadable and non-positive values become reason codes on a row that is still read.
        String text = HEADER + "\n" + "Lê Văn C,,31/02/1990,X,0,VCB,0071001234567\n" + "Lê Văn D,079090001236,"
                + "01/01/2990,Nam,1.5,VCB,0071001234569\n";
        List<BeneficiaryRow> rows = readAll(writeText(directory, "ds.csv", text));
        assertEquals(List.of(
                RowProblem.of(ReasonCode.MISSING_FIELD, IntakeField.CCCD, "so_cccd is empty"),
                RowProblem.of(ReasonCode.DOB_INVALID, IntakeField.DATE_OF_BIRTH,
                        "'31/02/1990' is not a date written dd/MM/yyyy or yyyy-MM-dd"),
                RowProblem.of(ReasonCode.GENDER_INVALID, IntakeField.GENDER, "'X' is not Nam/Nữ or M/F"),
                RowProblem.of(ReasonCode.AMOUNT_INVALID, IntakeField.AMOUNT, "must be more than 0 đồng")),
                rows.get(0).problems());
        assertEquals(List.of(ReasonCode.DOB_INVALID, ReasonCode.AMOUNT_INVALID),
                rows.get(1).problems().stream().map(RowProblem::code).toList());
    }

    @Test
    void anUnclosedQuoteIsMalformed() throws IOException {
        // Proves that a broken CSV structure refuses the file as MALFORMED rather than misreading columns.
        FileProblem problem = refusalOf(writeText(directory, "ds.csv", HEADER + "\n\"Nguyễn,1,2\n"));
        assertEquals(FileProblemCode.MALFORMED, problem.code());
    }

    @Test
    void rowsAndFileSizeAreLimited() throws IOException {
        // Proves that one row over rowsMax, or one byte over fileBytesMax, refuses the file as TOO_LARGE.
        Path file = writeText(directory, "ds.csv", HEADER + "\n" + VALID_ROW + "\n" + VALID_ROW + "\n");
        IntakeLimits oneRow = IntakeFiles.limits(IntakeLimits.defaults().fileBytesMax(), 1);
        FileProblem rows = assertThrows(IntakeFileException.class, () -> readAll(file, oneRow)).problem();
        assertEquals(FileProblemCode.TOO_LARGE, rows.code());
        assertEquals(OptionalLong.of(3), rows.row());
        IntakeLimits tenBytes = IntakeFiles.limits(10, IntakeLimits.defaults().rowsMax());
        assertEquals(FileProblemCode.TOO_LARGE,
                assertThrows(IntakeFileException.class, () -> readAll(file, tenBytes)).problem().code());
    }

    @Test
    void aLegacyXlsOrUtf16FileIsRefusedByItsBytes() throws IOException {
        // Proves that format sniffing refuses an OLE2 (.xls) file and UTF-16 text whatever their names.
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals(FileProblemCode.UNSUPPORTED_FORMAT, refusalOf(write(directory, "ds.csv", ole2)).code());
        byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16);
        assertEquals(FileProblemCode.ENCODING, refusalOf(write(directory, "ds2.csv", utf16)).code());
    }
}
