package vn.ansinh.recon.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    private static AuditorReport report(int breaks, String note) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("ref", "L12-3");
        problem.put("breakClass", "AMOUNT_MISMATCH");
        problem.put("priority", "CRITICAL");
        problem.put("age", "DAYS_0_1");
        problem.put("status", "OPEN");
        problem.put("amountVnd", 50_000L);
        problem.put("bankAmountVnd", 450_000L);
        problem.put("internalAmountVnd", 500_000L);
        problem.put("creditorName", "Nguyễn Thị Đào");
        problem.put("explanation", "bank debited 450000 VND, payment is 500000 VND");
        problem.put("notes", List.of(note));
        return new AuditorReport(7, List.of(new AuditorReport.Item("Verdict", "BREAKS", false),
                new AuditorReport.Item("Unexplained residual (VND)", "0", true)),
                List.of(new AuditorReport.InputFile(3, "sao kê ngày 1.xml", "ab".repeat(32), "CAMT_053",
                        Instant.parse("2025-03-02T01:00:00Z"))),
                List.of(), java.util.Collections.nCopies(breaks, problem), 42, "cd".repeat(32),
                Instant.parse("2025-03-02T02:00:00Z"));
    }

    private static String text(AuditorReport report) throws Exception {
        var out = new ByteArrayOutputStream();
        PdfExport.write(report, out);
        try (var document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void vietnameseTextFileHashAndAuditHeadAreReadableBack() throws Exception {
        // Proves that Vietnamese letters survive into the PDF text, with the file's SHA-256 and the audit head.
        String text = text(report(1, "Đã gọi ngân hàng; chờ giấy báo nợ"));
        assertTrue(text.contains("Nguyễn Thị Đào"), text);
        assertTrue(text.contains("Đã gọi ngân hàng; chờ giấy báo nợ"), text);
        assertTrue(text.contains("sao kê ngày 1.xml") && text.contains("ab".repeat(32)), text);
        assertTrue(text.contains("seq 42") && text.contains("cd".repeat(32)), text);
    }

    @Test
    void aLongBreakListFlowsOntoMorePagesAndUndrawableCharactersDoNotFail() throws Exception {
        // Proves that pages are added as the list grows and a character the font lacks prints as '?'.
        var out = new ByteArrayOutputStream();
        PdfExport.write(report(400, "emoji \uD83D\uDE00 and a tab\tinside"), out);
        try (var document = Loader.loadPDF(out.toByteArray())) {
            assertTrue(document.getNumberOfPages() > 10, "pages: " + document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("emoji ? and a tab?inside"));
        }
    }
}
