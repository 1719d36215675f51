package vn.ansinh.recon.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.ansinh.beneficiary.intake.report.SpreadsheetText;

/** The reconciliation statement and the break list as CSV (UTF-8 with BOM, so spreadsheets read Vietnamese). */
public final class CsvExport {

    private CsvExport() {
    }

    public static void statement(AuditorReport report, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord("item", "value");
            for (AuditorReport.Item item : report.statement()) {
                csv.printRecord(SpreadsheetText.neutralise(item.label()), SpreadsheetText.neutralise(item.value()));
            }
            for (AuditorReport.InputFile file : report.files()) {
                csv.printRecord("Statement file " + file.id(),
                        SpreadsheetText.neutralise(file.name()) + " sha256=" + file.sha256());
            }
            for (String finding : report.findings()) {
                csv.printRecord("Completeness finding", SpreadsheetText.neutralise(finding));
            }
            csv.printRecord("Audit chain head (seq)", report.auditHeadSeq());
            csv.printRecord("Audit chain head (hash)", report.auditHeadHash());
            csv.printRecord("Made at", report.madeAt().toString());
        }
    }

    public static void breaks(AuditorReport report, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord(AuditorReport.BREAK_COLUMNS);
            for (Map<String, Object> problem : report.breaks()) {
                csv.printRecord(cells(problem));
            }
        }
    }

    /** A break as cells: amounts as digits, text neutralised against formula injection, notes joined by " | ". */
    static List<String> cells(Map<String, Object> problem) {
        List<String> cells = new ArrayList<>();
        for (String column : AuditorReport.BREAK_COLUMNS) {
            Object value = problem.get(column);
            String text = value == null ? "" : value instanceof List<?> list ? String.join(" | ",
                    list.stream().map(String::valueOf).toList()) : String.valueOf(value);
            cells.add(AuditorReport.amountColumn(column) ? text : SpreadsheetText.neutralise(text));
        }
        return cells;
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
    }
}
