package vn.ansinh.vietqr;

import static vn.ansinh.vietqr.VietQrCodec.invalid;

import java.util.Map;
import java.util.Optional;

/** Reads the tags of a payload whose CRC and structure already held into a {@link VietQr}, tag by tag. */
final class VietQrReader {
    private VietQrReader() {
    }

    static QrParseResult read(Map<String, String> tags) {
        if (!tags.keySet().iterator().next().equals("00") || !"01".equals(tags.get("00"))) {
            return invalid(InvalidReason.BAD_FORMAT_INDICATOR, "tag 00 must come first and be 01");
        }
        Optional<InitiationMethod> initiation = VietQrCodec.tag(tags, "01").flatMap(InitiationMethod::ofCode);
        if (initiation.isEmpty()) {
            return invalid(InvalidReason.BAD_INITIATION_METHOD, "tag 01 must be 11 (static) or 12 (dynamic)");
        }
        for (String required : new String[] {"38", "53", "58"}) {
            if (!tags.containsKey(required)) {
                return invalid(InvalidReason.MISSING_TAG, "tag " + required + " is missing");
            }
        }
        if (!tags.get("53").equals(VietQrCodec.CURRENCY_VND)) {
            return invalid(InvalidReason.BAD_CURRENCY, "tag 53 must be 704 (VND), was " + tags.get("53"));
        }
        if (!tags.get("58").equals(VietQrCodec.COUNTRY_VIETNAM)) {
            return invalid(InvalidReason.BAD_COUNTRY, "tag 58 must be VN, was " + tags.get("58"));
        }
        Optional<String> amount = VietQrCodec.tag(tags, "54");
        if (amount.isPresent() && !amount.get().matches("[1-9][0-9]{0,12}")) {
            return invalid(InvalidReason.BAD_AMOUNT, "tag 54 must be a whole number of đồng, was '" + amount.get() + "'");
        }
        return MerchantAccountReader.read(tags.get("38"), initiation.get(), amount.map(Long::parseLong),
                VietQrCodec.tag(tags, "62").orElse(""));
    }
}
