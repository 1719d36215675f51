package vn.ansinh.recon.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The reconciliation statement and break list as files an auditor keeps: CSV, XLSX and PDF, each with the audit
 * chain head it was made at in its headers as well as (for PDF) on its first page. Blocking: worker threads only.
 */
@ApplicationScoped
public class Exports {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    /** The documents there are, by the name they are downloaded under. */
    public enum Document { STATEMENT_CSV, BREAKS_CSV, XLSX, PDF }

    @Inject AuditorReports reports;

    public Response export(long id, Document document) {
        AuditorReport report = reports.load(id);
        StreamingOutput body = switch (document) {
            case STATEMENT_CSV -> out -> CsvExport.statement(report, out);
            case BREAKS_CSV -> out -> CsvExport.breaks(report, out);
            case XLSX -> out -> XlsxExport.write(report, out);
            case PDF -> out -> PdfExport.write(report, out);
        };
        String type = switch (document) {
            case STATEMENT_CSV, BREAKS_CSV -> CSV;
            case XLSX -> XLSX;
            case PDF -> PDF;
        };
        String name = switch (document) {
            case STATEMENT_CSV -> "statement.csv";
            case BREAKS_CSV -> "breaks.csv";
            case XLSX -> "report.xlsx";
            case PDF -> "report.pdf";
        };
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"reconciliation-" + id + "-" + name + "\"")
                .header("X-Audit-Head-Seq", report.auditHeadSeq())
                .header("X-Audit-Head-Hash", report.auditHeadHash()).build();
    }
}
