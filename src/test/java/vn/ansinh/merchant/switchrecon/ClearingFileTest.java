package vn.ansinh.merchant.switchrecon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.platform.Violation;

class ClearingFileTest {

    private static final String HEADER = "business_date,terminal_id,count,amount_vnd,reversal_count,reversal_amount_vnd\n";

    private static ClearingFile.Read read(String text) {
        return ClearingFile.read(text.getBytes(StandardCharsets.UTF_8), 10);
    }

    /** Proves a well-formed file is read row by row into terminal totals. */
    @Test
    void wellFormedFileIsRead() {
        var parsed = assertInstanceOf(ClearingFile.Read.Parsed.class,
                read(HEADER + "2026-11-22,POS00017,2,230000,1,80000\n2026-11-22,POS00018,0,0,0,0\n"));
        assertEquals(List.of(new ClearingRow(LocalDate.of(2026, 11, 22), "POS00017", new TerminalTotals(2, 230_000, 1, 80_000)),
                new ClearingRow(LocalDate.of(2026, 11, 22), "POS00018", TerminalTotals.NONE)), parsed.rows());
    }

    /** Proves every bad row is named with its line and field, and the file is refused whole. */
    @Test
    void badRowsAreNamedAndRefuseTheFile() {
        var refused = assertInstanceOf(ClearingFile.Read.Refused.class, read(HEADER
                + "2026-11-31,POS00017,1,1000,0,0\n2026-11-22,pos,1,1000,0,0\n2026-11-22,POS00017,1,0,0,0\n"
                + "2026-11-22,POS00019,1,1000,0,0\n2026-11-22,POS00019,1,1000,0,0\n"));
        assertEquals(List.of("2:business_date", "3:terminal_id", "4:count", "6:terminal_id"),
                refused.violations().stream().map(v -> v.row() + ":" + v.field()).toList());
    }

    /** Proves a wrong header, an empty file and too many rows are refused before any row is trusted. */
    @Test
    void wrongShapeIsRefused() {
        List<Violation> header = assertInstanceOf(ClearingFile.Read.Refused.class, read("date,terminal\n")).violations();
        assertEquals("HEADER", header.getFirst().code());
        assertEquals("EMPTY", assertInstanceOf(ClearingFile.Read.Refused.class, read("")).violations().getFirst().code());
        String many = HEADER + "2026-11-22,POS00017,1,1,0,0\n".repeat(11);
        assertEquals("TOO_MANY_ROWS", assertInstanceOf(ClearingFile.Read.Refused.class, read(many)).violations().getFirst().code());
    }
}
