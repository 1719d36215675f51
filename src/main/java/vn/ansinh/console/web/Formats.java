package vn.ansinh.console.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Numbers and times as people in Viet Nam read them: đồng without decimals, Asia/Ho_Chi_Minh time. */
public final class Formats {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(VIETNAM);

    private final Language language;

    Formats(Language language) {
        this.language = language;
    }

    /** Money in whole đồng (VND has no minor unit), grouped the local way. */
    public String vnd(Object amount) {
        if (amount == null) return "";
        long value = amount instanceof Number number ? number.longValue() : Long.parseLong(amount.toString());
        return NumberFormat.getIntegerInstance(language.locale).format(value) + " ₫";
    }

    public String count(Object value) {
        if (value == null) return "0";
        return NumberFormat.getIntegerInstance(language.locale).format(((Number) value).longValue());
    }

    public String time(Object at) {
        return switch (at) {
            case null -> "";
            case Instant instant -> TIME.format(instant);
            case OffsetDateTime offset -> TIME.format(offset.toInstant());
            default -> TIME.format(Instant.parse(at.toString()));
        };
    }
}
