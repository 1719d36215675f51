package vn.ansinh.payout.cash;

import java.util.Locale;
import java.util.Optional;

/** The two shapes a commune cash list leaves in. */
public enum CashListFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    CashListFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<CashListFormat> parse(String text) {
        for (var format : values()) if (format.extension.equals(text.toLowerCase(Locale.ROOT))) return Optional.of(format);
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
