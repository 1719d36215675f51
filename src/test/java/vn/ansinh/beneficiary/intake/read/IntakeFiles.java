package vn.ansinh.beneficiary.intake.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;
import vn.ansinh.beneficiary.intake.IntakeResult;

/** Helpers that write a list to a temporary file and read it back through {@link Intake}. */
final class IntakeFiles {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final String HEADER = "ho_ten,so_cccd,ngay_sinh,gioi_tinh,so_tien,ma_ngan_hang,so_tai_khoan";
    static final String VALID_ROW = "Nguyễn Văn An,079090001234,15/03/1990,Nam,1.500.000,VCB,0071001234567";

    private IntakeFiles() {
    }

    static Path write(Path directory, String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }

    static Path writeText(Path directory, String name, String text) throws IOException {
        return write(directory, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The default limits with another file size and row count. */
    static IntakeLimits limits(long fileBytesMax, long rowsMax) {
        IntakeLimits defaults = IntakeLimits.defaults();
        return new IntakeLimits(fileBytesMax, rowsMax, defaults.cellCharsMax(), defaults.columnsMax(),
                defaults.xlsxUncompressedBytesMax(), defaults.xlsxCompressionRatioMax(), defaults.xlsxEntriesMax(),
                defaults.amountVndMax());
    }

    /** Every row of the file, or the IntakeFileException that refused it. */
    static List<BeneficiaryRow> readAll(Path file) throws IOException {
        return readAll(file, IntakeLimits.defaults());
    }

    static List<BeneficiaryRow> readAll(Path file, IntakeLimits limits) throws IOException {
        List<BeneficiaryRow> rows = new ArrayList<>();
        IntakeResult result = Intake.read(file, file.getFileName().toString(), limits, TODAY, rows::add);
        // The upload's check, which skips parsing fields, must refuse exactly what the full read refuses, with the
        // same problem, and count the same rows: every test that reads a file through here holds it to that.
        assertEquals(result, Intake.check(file, file.getFileName().toString(), limits, TODAY),
                "Intake.check disagrees with Intake.read on " + file.getFileName());
        return switch (result) {
            case IntakeResult.Completed completed -> rows;
            case IntakeResult.Refused refused -> throw new IntakeFileException(refused.problem());
        };
    }
}
