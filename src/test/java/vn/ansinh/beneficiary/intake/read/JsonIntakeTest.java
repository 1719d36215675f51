package vn.ansinh.beneficiary.intake.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.readAll;
import static vn.ansinh.beneficiary.intake.read.IntakeFiles.writeText;

import java.io.IOException;
import java.nio.file.Path;
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
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;

class JsonIntakeTest {

    private static final String FIRST = """
            {"full_name": "Nguyễn Văn An", "cccd": "079090001234", "date_of_birth": "1990-03-15", "gender": "M",
             "amount": 1500000, "bank": "VCB", "account_number": "0071001234567", "extra": {"ignored": [1, 2]}}""";

    @TempDir
    Path directory;

    private FileProblem refusalOf(String json) throws IOException {
        Path file = writeText(directory, "ds.json", json);
        return assertThrows(IntakeFileException.class, () -> readAll(file)).problem();
    }

    @Test
    void anArrayOfObjectsIsStreamedIntoRows() throws IOException {
        // Proves that objects become rows numbered by position, with Vietnamese keys, numbers and nulls understood.
        String json = "\uFEFF[" + FIRST + ",\n {\"Họ và tên\": \"Trần Thị Bình\", \"Số CCCD\": 79190001235,"
                + " \"Ngày sinh\": \"01/07/1990\", \"Giới tính\": \"Nữ\", \"Số tiền\": \"1.200.000\","
                + " \"Ngân hàng\": \"BIDV\", \"Số tài khoản\": null}]";
        List<BeneficiaryRow> rows = readAll(writeText(directory, "ds.json", json));
        assertEquals(2, rows.size());
        assertEquals(OptionalLong.of(1_500_000L), rows.get(0).amountVnd());
        assertEquals(List.of(), rows.get(0).problems());
        assertEquals(2, rows.get(1).rowNumber());
        assertEquals("079190001235", rows.get(1).cccd());
        assertEquals(List.of(RowProblem.of(ReasonCode.MISSING_FIELD, IntakeField.ACCOUNT_NUMBER,
                "so_tai_khoan is empty")), rows.get(1).problems());
    }

    @Test
    void aFractionalAmountIsInvalid() throws IOException {
        // Proves that a JSON number with a fraction of a đồng earns AMOUNT_INVALID.
        String json = "[" + FIRST.replace("1500000", "1500000.5") + "]";
        BeneficiaryRow row = readAll(writeText(directory, "ds.json", json)).getFirst();
        assertEquals(List.of(ReasonCode.AMOUNT_INVALID), row.problems().stream().map(RowProblem::code).toList());
    }

    @Test
    void theFirstObjectActsAsTheHeader() throws IOException {
        // Proves that a first object without an amount key refuses the file with MISSING_COLUMN naming so_tien.
        FileProblem problem = refusalOf("[" + FIRST.replace("\"amount\": 1500000,", "") + "]");
        assertEquals(FileProblemCode.MISSING_COLUMN, problem.code());
        assertTrue(problem.detail().contains("so_tien"));
    }

    @Test
    void structuralProblemsRefuseTheFile() throws IOException {
        // Proves that a non-array, an empty array, a nested value and broken syntax are each refused with a code.
        assertEquals(FileProblemCode.EMPTY_FILE, refusalOf("[]").code());
        assertEquals(FileProblemCode.MALFORMED, refusalOf("[" + FIRST + ", 5]").code());
        assertEquals(FileProblemCode.MALFORMED, refusalOf("[" + FIRST.replace("\"VCB\"", "[\"VCB\"]") + "]").code());
        FileProblem broken = refusalOf("[" + FIRST + ", {\"cccd\": 079090001234x}]");
        assertEquals(FileProblemCode.MALFORMED, broken.code());
        assertEquals(OptionalLong.of(2), broken.row());
        assertFalse(broken.detail().contains("079090001234"), broken.detail());
    }

    @Test
    void anOverlongStringIsTooLarge() throws IOException {
        // Proves that a string value beyond cellCharsMax refuses the file as TOO_LARGE.
        FileProblem problem = refusalOf("[" + FIRST.replace("Nguyễn Văn An", "A".repeat(5_000)) + "]");
        assertEquals(FileProblemCode.TOO_LARGE, problem.code());
        assertEquals(Optional.empty(), problem.field());
    }
}
