package vn.ansinh.recon.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ansinh.beneficiary.intake.report.SpreadsheetText;

/** One workbook: the reconciliation statement on one sheet, the break list on another; amounts are numbers. */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(AuditorReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ansinh", "1.0");
        statement(report, workbook.newWorksheet("Statement"));
        breaks(report, workbook.newWorksheet("Breaks"));
        workbook.finish();
    }

    private static void statement(AuditorReport report, Worksheet sheet) {
        int row = 0;
        sheet.value(row, 0, "Item");
        sheet.value(row++, 1, "Value");
        for (AuditorReport.Item item : report.statement()) {
            sheet.value(row, 0, item.label());
            if (item.amount() && item.value().matches("-?\\d{1,18}")) {
                sheet.value(row++, 1, Long.parseLong(item.value()));
            } else {
                sheet.value(row++, 1, SpreadsheetText.neutralise(item.value()));
            }
        }
        for (AuditorReport.InputFile file : report.files()) {
            sheet.value(row, 0, "Statement file " + file.id());
            sheet.value(row++, 1, SpreadsheetText.neutralise(file.name()) + " sha256=" + file.sha256());
        }
        for (String finding : report.findings()) {
            sheet.value(row, 0, "Completeness finding");
            sheet.value(row++, 1, SpreadsheetText.neutralise(finding));
        }
        sheet.value(row, 0, "Audit chain head (seq)");
        sheet.value(row++, 1, report.auditHeadSeq());
        sheet.value(row, 0, "Audit chain head (hash)");
        sheet.value(row, 1, report.auditHeadHash());
    }

    private static void breaks(AuditorReport report, Worksheet sheet) {
        List<String> columns = AuditorReport.BREAK_COLUMNS;
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(0, column, columns.get(column));
        }
        int row = 1;
        for (Map<String, Object> problem : report.breaks()) {
            if (row >= Worksheet.MAX_ROWS) {
                throw new IllegalStateException("a worksheet holds at most " + Worksheet.MAX_ROWS + " rows");
            }
            List<String> cells = CsvExport.cells(problem);
            for (int column = 0; column < columns.size(); column++) {
                if (AuditorReport.amountColumn(columns.get(column)) && !cells.get(column).isEmpty()) {
                    sheet.value(row, column, Long.parseLong(cells.get(column)));
                } else {
                    sheet.value(row, column, cells.get(column));
                }
            }
            row++;
        }
    }
}
