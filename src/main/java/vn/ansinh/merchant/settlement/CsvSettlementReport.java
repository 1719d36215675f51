package vn.ansinh.merchant.settlement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.ansinh.beneficiary.intake.report.SpreadsheetText;

/**
 * A merchant's settlement report as CSV: one ENTRY row per ledger entry of the date, then one TOTAL row whose
 * amount is the gross, whose fee is the MDR and whose effect is the net paid. Columns:
 * {@code record, business_date, merchant_id, entry_id, booked_at, source, kind, terminal_id, reference, card,
 * amount_vnd, fee_vnd, effect_vnd}. Text that came from outside is neutralised against spreadsheet formulas.
 */
public final class CsvSettlementReport {

    static final String[] HEADER = {"record", "business_date", "merchant_id", "entry_id", "booked_at", "source", "kind",
        "terminal_id", "reference", "card", "amount_vnd", "fee_vnd", "effect_vnd"};

    private CsvSettlementReport() {
    }

    public static void write(SettlementBatch batch, SettlementLine line, ReportEntries entries, OutputStream out) {
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord((Object[]) HEADER);
            String date = batch.businessDate().toString();
            String merchant = Long.toString(line.merchantId());
            entries.forEach(batch, line, entry -> print(csv, date, merchant, entry));
            SettlementTotals totals = line.totals();
            csv.printRecord("TOTAL", date, merchant, "", "", "", "", "", "", "", totals.grossVnd(), totals.feeVnd(),
                    totals.netVnd());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter csv, String date, String merchant, ReportEntry entry) {
        try {
            csv.printRecord("ENTRY", date, merchant, entry.entryId(), entry.bookedAt(), entry.source(), entry.kind(),
                    entry.terminalId().orElse(""), SpreadsheetText.neutralise(entry.reference()),
                    entry.card().orElse(""), entry.amountVnd(), entry.feeVnd(), entry.effectVnd());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
