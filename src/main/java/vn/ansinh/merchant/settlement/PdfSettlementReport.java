package vn.ansinh.merchant.settlement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.ansinh.vietqr.AsciiText;

/**
 * A merchant's settlement report as PDF (Apache PDFBox): who is paid where, the day's totals, then the entries up
 * to {@code entriesMax} (the CSV always has them all). The standard PDF fonts cannot draw Vietnamese letters and
 * embedding a font would make every report carry one, so text is written without diacritics ("Tạp hoá" → "Tap hoa").
 */
public final class PdfSettlementReport {

    private static final float MARGIN = 40;
    private static final float LEADING = 13;
    private static final float FONT_SIZE = 9;
    private static final String ENTRY_FORMAT = "%-10s %-20s %-4s %-15s %-8s %-16s %15s %10s %15s";

    private PdfSettlementReport() {
    }

    public static void write(SettlementBatch batch, SettlementLine line, ReportEntries entries, int entriesMax,
                             OutputStream out) {
        var lines = new ArrayList<String>(summary(batch, line));
        lines.add("");
        lines.add(String.format(ENTRY_FORMAT, "entry", "booked (UTC)", "src", "kind", "terminal", "card", "amount VND",
                "fee VND", "effect VND"));
        int[] listed = {0};
        entries.forEach(batch, line, entry -> {
            if (listed[0]++ < entriesMax) {
                lines.add(String.format(ENTRY_FORMAT, entry.entryId(), entry.bookedAt().toString().substring(0, 19),
                        entry.source(), entry.kind(), entry.terminalId().orElse(""), entry.card().orElse(""),
                        money(entry.amountVnd()), money(entry.feeVnd()), money(entry.effectVnd())));
            }
        });
        if (listed[0] > entriesMax) {
            lines.add((listed[0] - entriesMax) + " more entries are in the CSV report.");
        }
        render(lines, out);
    }

    private static List<String> summary(SettlementBatch batch, SettlementLine line) {
        SettlementTotals totals = line.totals();
        return List.of("ansinh - merchant settlement report", "",
                "Business date:        " + batch.businessDate() + " (batch " + batch.id() + ", " + batch.status() + ")",
                "Merchant:             " + line.merchantId() + "  " + line.merchantName(),
                "Paid to:              " + line.settlementHolder() + ", bank " + line.settlementBin() + ", account "
                        + line.settlementAccount(),
                "MDR plan:             " + line.mdrRateBp() + " bp + " + money(line.mdrFixedVnd()) + " VND per sale"
                        + line.mdrCapVnd().map(cap -> ", capped at " + money(cap) + " VND").orElse("")
                        + " (half up, per sale)", "",
                "Sales:                " + totals.saleCount() + "  " + money(totals.grossVnd()) + " VND",
                "Reversals:            " + totals.reversalCount() + "  " + money(totals.reversalsVnd()) + " VND",
                "Refunds:              " + totals.refundCount() + "  " + money(totals.refundsVnd()) + " VND",
                "MDR fee:              " + money(totals.feeVnd()) + " VND",
                "Net paid:             " + money(totals.netVnd()) + " VND");
    }

    static String money(long vnd) {
        return String.format("%,d", vnd);
    }

    private static void render(List<String> lines, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.COURIER);
            int perPage = (int) ((PDRectangle.A4.getWidth() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                    for (String text : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(printable(text));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the standard fonts can draw: diacritics removed, anything else outside printable ASCII as '?'. */
    static String printable(String text) {
        return AsciiText.stripDiacritics(text).replaceAll("[^\\x20-\\x7E]", "?");
    }
}
