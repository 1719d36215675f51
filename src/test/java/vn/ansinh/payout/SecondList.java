package vn.ansinh.payout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A later list for the same program, made from rows of an earlier one exactly as they were uploaded, each with an
 * optional change: what a commune sends when someone's account changes.
 */
final class SecondList {

    private static final List<String> HEADERS = List.of("ho_ten", "so_cccd", "ngay_sinh", "gioi_tinh", "so_tien",
            "ma_ngan_hang", "so_tai_khoan", "ten_chu_tai_khoan", "ma_xa", "so_dien_thoai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds a stored list row (a map of list_row columns), changed by {@code change} (CSV column → value). */
    SecondList add(Map<String, Object> stored, UnaryOperator<Map<String, String>> change) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("ho_ten", (String) stored.get("full_name"));
        values.put("so_cccd", ((String) stored.get("cccd")).strip());
        values.put("ngay_sinh", ((Date) stored.get("date_of_birth")).toLocalDate().format(DATE));
        values.put("gioi_tinh", "F".equals(((String) stored.get("gender")).strip()) ? "Nữ" : "Nam");
        values.put("so_tien", String.valueOf(stored.get("amount_vnd")));
        values.put("ma_ngan_hang", (String) stored.get("bank_input"));
        values.put("so_tai_khoan", (String) stored.get("account_number"));
        values.put("ten_chu_tai_khoan", text(stored.get("account_holder_given")));
        values.put("ma_xa", text(stored.get("commune_code")));
        values.put("so_dien_thoai", text(stored.get("phone")));
        var changed = change.apply(values);
        rows.add(HEADERS.stream().map(changed::get).toList());
        return this;
    }

    Path write(String name) throws IOException {
        Path file = Files.createTempDirectory("second-list").resolve(name);
        try (var printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(HEADERS);
            for (var row : rows) printer.printRecord(row);
        }
        return file;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
