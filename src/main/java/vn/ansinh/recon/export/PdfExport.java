package vn.ansinh.recon.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The auditor's signed page as PDF (Apache PDFBox): the reconciliation statement, the input statement files with
 * their SHA-256, the audit chain head when the document was made, and the break list. Text is set in the Liberation
 * Sans that PDFBox ships, which has the Vietnamese letters; a character it lacks prints as '?', never fails.
 */
public final class PdfExport {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 40;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 11.5f;
    /** Pages a document may grow to: a break list longer than this is exported as CSV or XLSX instead. */
    static final int PAGES_MAX = 2_000;

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;
    private int pages;

    private PdfExport(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
    }

    public static void write(AuditorReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream fontFile = PdfExport.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("PDFBox's bundled font " + FONT + " is missing from the classpath");
            }
            PdfExport pdf = new PdfExport(document, PDType0Font.load(document, fontFile));
            pdf.newPage();
            pdf.body(report);
            pdf.content.close();
            document.getDocumentInformation().setTitle("Reconciliation " + report.id());
            document.getDocumentInformation().setCreator("ansinh");
            document.save(out);
        }
    }

    private void body(AuditorReport report) throws IOException {
        line("ansinh - reconciliation statement " + report.id());
        line("Made at " + report.madeAt() + "; audit chain head at that moment: seq " + report.auditHeadSeq());
        line("Audit chain head hash: " + report.auditHeadHash());
        line("");
        for (AuditorReport.Item item : report.statement()) {
            line(item.label() + ": " + item.value());
        }
        line("");
        line("Input statement files (" + report.files().size() + "):");
        for (AuditorReport.InputFile file : report.files()) {
            line("  file " + file.id() + " " + file.format() + " \"" + file.name() + "\" received " + file.uploadedAt());
            line("    SHA-256 " + file.sha256());
        }
        line("");
        line("Completeness findings: " + (report.findings().isEmpty() ? "none" : report.findings().size()));
        for (String finding : report.findings()) {
            wrapped("  " + finding);
        }
        line("");
        line("Breaks (" + report.breaks().size() + "):");
        for (Map<String, Object> problem : report.breaks()) {
            breakLines(problem);
        }
    }

    private void breakLines(Map<String, Object> problem) throws IOException {
        line(problem.get("ref") + "  " + problem.get("breakClass") + "  " + problem.get("priority") + "  "
                + problem.get("age") + "  " + problem.get("status") + "  amount " + problem.get("amountVnd")
                + " VND (bank " + problem.get("bankAmountVnd") + ", internal " + problem.get("internalAmountVnd") + ")");
        StringBuilder where = new StringBuilder("    ");
        append(where, "statement ", problem.get("statementRef"));
        append(where, "booked ", problem.get("bookingDate"));
        append(where, "bank ref ", problem.get("bankReference"));
        append(where, "end-to-end ", problem.get("endToEndId"));
        append(where, "to ", problem.get("creditorName"));
        append(where, "account ", problem.get("creditorAccount"));
        append(where, "payment ", problem.get("paymentState"));
        wrapped(where.toString());
        wrapped("    " + problem.get("explanation"));
        if (problem.get("writeOffReason") != null) {
            wrapped("    written off: " + problem.get("writeOffReason"));
        }
        if (problem.get("notes") instanceof List<?> notes) {
            for (Object note : notes) {
                wrapped("    note - " + note);
            }
        }
    }

    private static void append(StringBuilder text, String label, Object value) {
        if (value != null) {
            text.append(label).append(value).append("  ");
        }
    }

    /** Splits text at spaces to fit the page width. */
    private void wrapped(String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(printable(candidate)) / 1000 * SIZE > width) {
                line(current.toString());
                current = new StringBuilder("      ").append(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        line(current.toString());
    }

    private void line(String text) throws IOException {
        if (y < MARGIN + LEADING) {
            content.close();
            newPage();
        }
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(MARGIN, y);
        content.showText(printable(text));
        content.endText();
        y -= LEADING;
    }

    private void newPage() throws IOException {
        if (++pages > PAGES_MAX) {
            throw new IllegalStateException("the PDF would pass " + PAGES_MAX + " pages; export CSV or XLSX instead");
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The text with any character the font cannot draw (and every control character) replaced by '?'. */
    private String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        try {
            font.encode(clean);
            return clean;
        } catch (IOException | IllegalArgumentException missing) {
            List<String> out = new ArrayList<>();
            clean.codePoints().forEach(point -> {
                String character = new String(Character.toChars(point));
                try {
                    font.encode(character);
                    out.add(character);
                } catch (IOException | IllegalArgumentException none) {
                    out.add("?");
                }
            });
            return String.join("", out);
        }
    }
}
