package vn.ansinh.rails.reason;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ISO 20022 external reason codes the engine meets, read once from {@code rails/reason-codes.txt}: the table is
 * data, so adding a bank's code is a one-line change reviewed like code. Any code not in the table gets
 * {@link #unknown}: the ENGINE's operators must look at it, and nothing is paid again automatically — the safe
 * default, because an unknown reason might mean the money already arrived.
 */
public final class ReasonCodes {

    public static final String RESOURCE = "/rails/reason-codes.txt";
    static final int ROWS_MAX = 500;
    private static final int COLUMNS = 5;

    private static final ReasonCodes STANDARD = load(ReasonCodes.class.getResourceAsStream(RESOURCE));

    private final Map<String, ReasonAdvice> adviceByCode;

    private ReasonCodes(Map<String, ReasonAdvice> adviceByCode) {
        this.adviceByCode = Map.copyOf(adviceByCode);
    }

    public static ReasonCodes standard() {
        return STANDARD;
    }

    /** What to do about a code; never throws, never empty. */
    public ReasonAdvice adviceFor(ReasonCode code) {
        ReasonAdvice known = adviceByCode.get(code.value());
        return known != null ? known : unknown(code);
    }

    public boolean isKnown(ReasonCode code) {
        return adviceByCode.containsKey(code.value());
    }

    public int size() {
        return adviceByCode.size();
    }

    /** The documented default for a code missing from the table. */
    public static ReasonAdvice unknown(ReasonCode code) {
        return new ReasonAdvice(code, Actor.ENGINE, false,
                "Mã lý do chưa có trong bảng: cán bộ vận hành kiểm tra với ngân hàng trước khi chi trả lại.",
                "Reason code not in the table: operators check with the bank before paying again.");
    }

    /** Reads a table: lines of code|actor|reissue|vietnamese|english; blank lines and lines starting # are skipped. */
    static ReasonCodes load(InputStream table) {
        Objects.requireNonNull(table, "reason code table " + RESOURCE + " is missing from the classpath");
        Map<String, ReasonAdvice> adviceByCode = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                ReasonAdvice advice = parseRow(line, lineNumber);
                if (adviceByCode.put(advice.code().value(), advice) != null || adviceByCode.size() > ROWS_MAX) {
                    throw new IllegalStateException("reason table line " + lineNumber + ": repeated code or over "
                            + ROWS_MAX + " rows");
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the reason code table", failure);
        }
        return new ReasonCodes(adviceByCode);
    }

    private static ReasonAdvice parseRow(String line, int lineNumber) {
        String[] columns = line.split("\\|", -1);
        if (columns.length != COLUMNS) {
            throw new IllegalStateException("reason table line " + lineNumber + " has " + columns.length
                    + " columns, not " + COLUMNS);
        }
        String reissue = columns[2].strip();
        if (!reissue.equals("yes") && !reissue.equals("no")) {
            throw new IllegalStateException("reason table line " + lineNumber + ": reissue is yes or no");
        }
        return new ReasonAdvice(ReasonCode.of(columns[0].strip()), Actor.valueOf(columns[1].strip()),
                reissue.equals("yes"), columns[3].strip(), columns[4].strip());
    }
}
