package vn.ansinh.reconciliation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper reading the python-mt940 expectation files (pickled YAML) with regular expressions: per transaction
 * the signed amount and the value date, and the last statement's opening and closing balance.
 */
record YmlExpectation(List<BigDecimal> amounts, List<LocalDate> dates, Optional<BigDecimal> finalOpening,
                      Optional<BigDecimal> finalClosing) {
    private static final Pattern AMOUNT = Pattern.compile(
            "\\n    amount: !!python/object:mt940.models.Amount\\n      amount: !!python/object/apply:decimal.Decimal\\n      - '(-?[0-9.]+)'");
    private static final Pattern DATE = Pattern.compile(
            "\\n    date: !!python/object/apply:mt940.models.Date\\n    - !!binary \\|\\n      (\\S+)");

    static YmlExpectation read(Path yml) throws IOException {
        String text = Files.readString(yml).replace("\r\n", "\n");
        int transactionsAt = text.indexOf("\ntransactions:");
        String header = text.substring(0, Math.max(text.indexOf("\ntags:"), 0));
        List<BigDecimal> amounts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if (transactionsAt >= 0) {
            String[] blocks = text.substring(transactionsAt).split("\n- !!python/object:mt940.models.Transaction");
            for (int i = 1; i < blocks.length; i++) {
                Matcher amount = AMOUNT.matcher(blocks[i]);
                Matcher date = DATE.matcher(blocks[i]);
                if (amount.find() && date.find()) {
                    amounts.add(new BigDecimal(amount.group(1)));
                    dates.add(decode(date.group(1)));
                }
            }
        }
        return new YmlExpectation(amounts, dates, balance(header, "final_opening_balance"),
                balance(header, "final_closing_balance"));
    }

    private static Optional<BigDecimal> balance(String header, String name) {
        Matcher matcher = Pattern.compile("\\n  " + name + ": [^\\n]*\\n    amount: [^\\n]*\\n      amount: [^\\n]*\\n      - '(-?[0-9.]+)'")
                .matcher(header);
        return matcher.find() ? Optional.of(new BigDecimal(matcher.group(1))) : Optional.empty();
    }

    /** python-mt940 pickles a date as four bytes: year high, year low, month, day. */
    private static LocalDate decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        return LocalDate.of(((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF), bytes[2], bytes[3]);
    }
}
