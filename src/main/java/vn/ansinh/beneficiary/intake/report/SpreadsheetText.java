package vn.ansinh.beneficiary.intake.report;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV injection): a cell beginning with = + - @,
 * a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text. Beneficiary names come
 * from uploaded files, so a hostile name such as {@code =HYPERLINK(...)} must never execute on an officer's desk.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
