package vn.ansinh.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a CCCD or a bank account number in free text: a run of 9 to 19 digits standing alone,
 * or a run of 6 to 8 digits right after a word that names an account. First three and last three digits stay,
 * enough to tell records apart in an incident, too little to pay anyone.
 */
public final class LogMasking {

    private static final Pattern LONG_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9,19}(?![0-9])");
    private static final Pattern NAMED_SHORT_ACCOUNT = Pattern.compile(
            "(?i)(account|acct|tai_khoan|tài khoản|so_tk)([^0-9\\n]{0,3})([0-9]{6,8})(?![0-9])");

    private LogMasking() {}

    public static String mask(String text) {
        if (text == null || text.length() < 6) return text;
        String masked = replace(LONG_DIGITS.matcher(text), 0);
        return replace(NAMED_SHORT_ACCOUNT.matcher(masked), 3);
    }

    /** 079123456789 → 079******789. */
    public static String maskDigits(String digits) {
        if (digits.length() <= 6) return "*".repeat(digits.length());
        return digits.substring(0, 3) + "*".repeat(digits.length() - 6) + digits.substring(digits.length() - 3);
    }

    private static String replace(Matcher matcher, int group) {
        var out = new StringBuilder();
        while (matcher.find()) {
            String replacement = group == 0
                    ? maskDigits(matcher.group())
                    : matcher.group(1) + matcher.group(2) + maskDigits(matcher.group(group));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
