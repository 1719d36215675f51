package vn.ansinh.reconciliation.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.reconciliation.model.Party;

/**
 * Reads what reconciliation needs out of a free-form field 86: German "?20..?29" subfields with "EREF+",
 * Dutch "/EREF/../NAME/../IBAN/" tags, or plain text kept as remittance information.
 */
final class MtDetailsText {
    private static final Pattern SUBFIELD = Pattern.compile("\\?([0-9]{2})([^?]*)");
    private static final Pattern SEPA_KEY = Pattern.compile(
            "(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+");
    private static final Pattern SLASH_EREF = Pattern.compile("/EREF/([^/]*)/");
    private static final Pattern SLASH_NAME = Pattern.compile("/NAME/([^/]*)/");
    private static final Pattern SLASH_IBAN = Pattern.compile("/IBAN/([^/]*)/");
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private MtDetailsText() {
    }

    static String flatten(String text) {
        return text.replace("\n", "");
    }

    static Optional<String> endToEndId(String text) {
        String flat = flatten(text);
        Map<String, String> subfields = subfields(flat);
        Optional<String> eref = Optional.empty();
        if (!subfields.isEmpty()) {
            StringBuilder purpose = new StringBuilder();
            for (int i = 20; i <= 29; i++) {
                purpose.append(subfields.getOrDefault(String.valueOf(i), ""));
            }
            eref = sepaValue(purpose.toString(), "EREF");
        } else {
            Matcher slash = SLASH_EREF.matcher(flat);
            if (slash.find()) {
                eref = Optional.of(slash.group(1).strip());
            }
        }
        return eref.filter(id -> !id.isEmpty() && !NOT_PROVIDED.equals(id));
    }

    static Party counterparty(String text) {
        String flat = flatten(text);
        Map<String, String> subfields = subfields(flat);
        if (!subfields.isEmpty()) {
            String name = (subfields.getOrDefault("32", "") + subfields.getOrDefault("33", "")).strip();
            String account = subfields.getOrDefault("31", "").strip();
            return new Party(nonEmpty(name), nonEmpty(account));
        }
        return new Party(find(SLASH_NAME, flat), find(SLASH_IBAN, flat));
    }

    private static Optional<String> sepaValue(String purpose, String key) {
        Matcher keys = SEPA_KEY.matcher(purpose);
        while (keys.find()) {
            if (keys.group(1).equals(key)) {
                int start = keys.end();
                int end = keys.find() ? keys.start() : purpose.length();
                return Optional.of(purpose.substring(start, end).strip());
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> subfields(String flat) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = SUBFIELD.matcher(flat);
        while (matcher.find()) {
            values.merge(matcher.group(1), matcher.group(2), String::concat);
        }
        return values;
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? nonEmpty(matcher.group(1).strip()) : Optional.empty();
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
