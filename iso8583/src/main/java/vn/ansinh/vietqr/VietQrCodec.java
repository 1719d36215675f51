package vn.ansinh.vietqr;

import java.util.Map;
import java.util.Optional;

/** Makes and reads VietQR payloads. Stateless; every check on reading has a named {@link InvalidReason}. */
public final class VietQrCodec {
    public static final String NAPAS_GUID = "A000000727";
    public static final String CURRENCY_VND = "704";
    public static final String COUNTRY_VIETNAM = "VN";
    /** EMVCo's maximum payload length. */
    public static final int PAYLOAD_LENGTH_MAX = 512;
    private static final String CRC_TAG_HEADER = "6304";
    private static final int CRC_SUFFIX_LENGTH = CRC_TAG_HEADER.length() + 4;

    private VietQrCodec() {
    }

    public static String encode(VietQr qr) {
        String beneficiaryTemplate = Tlv.write("00", qr.acquirerBin()) + Tlv.write("01", qr.beneficiary());
        String merchantAccount = Tlv.write("00", NAPAS_GUID) + Tlv.write("01", beneficiaryTemplate)
                + Tlv.write("02", qr.service().code());
        StringBuilder payload = new StringBuilder()
                .append(Tlv.write("00", "01"))
                .append(Tlv.write("01", qr.initiation().code()))
                .append(Tlv.write("38", merchantAccount))
                .append(Tlv.write("53", CURRENCY_VND));
        qr.amountVnd().ifPresent(amount -> payload.append(Tlv.write("54", Long.toString(amount))));
        payload.append(Tlv.write("58", COUNTRY_VIETNAM));
        String additional = qr.billNumber().map(bill -> Tlv.write("01", bill)).orElse("")
                + qr.terminalId().map(terminal -> Tlv.write("07", terminal)).orElse("")
                + qr.purpose().map(purpose -> Tlv.write("08", purpose)).orElse("");
        if (!additional.isEmpty()) {
            payload.append(Tlv.write("62", additional));
        }
        payload.append(CRC_TAG_HEADER);
        return payload.append(Crc16CcittFalse.hexOf(payload.toString())).toString();
    }

    public static QrParseResult parse(String payload) {
        if (payload.length() > PAYLOAD_LENGTH_MAX) {
            return invalid(InvalidReason.TOO_LONG, payload.length() + " characters, above " + PAYLOAD_LENGTH_MAX);
        }
        if (!AsciiText.isPrintableAscii(payload)) {
            return invalid(InvalidReason.NON_ASCII, "payload holds a character outside printable ASCII");
        }
        int crcStart = payload.length() - CRC_SUFFIX_LENGTH;
        if (crcStart < 0 || !payload.startsWith(CRC_TAG_HEADER, crcStart)) {
            return invalid(InvalidReason.MISSING_TAG, "payload does not end with tag 63 (6304 and four hex digits)");
        }
        String stated = payload.substring(payload.length() - 4);
        String computed = Crc16CcittFalse.hexOf(payload.substring(0, payload.length() - 4));
        if (!stated.equals(computed)) {
            return invalid(InvalidReason.BAD_CRC, "tag 63 says " + stated + " but the payload's CRC is " + computed);
        }
        return switch (Tlv.read(payload)) {
            case Tlv.Read.Broken broken -> invalid(broken.reason(), broken.detail());
            case Tlv.Read.Tags tags -> VietQrReader.read(tags.byTag());
        };
    }

    static QrParseResult invalid(InvalidReason reason, String detail) {
        return new QrParseResult.Invalid(reason, detail);
    }

    static Optional<String> tag(Map<String, String> tags, String tag) {
        return Optional.ofNullable(tags.get(tag));
    }
}
