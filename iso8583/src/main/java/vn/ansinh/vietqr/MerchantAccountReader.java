package vn.ansinh.vietqr;

import static vn.ansinh.vietqr.VietQrCodec.invalid;

import java.util.Map;
import java.util.Optional;

/** Reads tag 38 (NAPAS GUID, BIN, beneficiary, service) and tag 62 (bill, terminal, purpose). */
final class MerchantAccountReader {
    private MerchantAccountReader() {
    }

    static QrParseResult read(String merchantAccount, InitiationMethod initiation, Optional<Long> amount,
                              String additionalData) {
        return switch (Tlv.read(merchantAccount)) {
            case Tlv.Read.Broken broken -> invalid(broken.reason(), "in tag 38: " + broken.detail());
            case Tlv.Read.Tags account -> readAccount(account.byTag(), initiation, amount, additionalData);
        };
    }

    private static QrParseResult readAccount(Map<String, String> account, InitiationMethod initiation,
                                             Optional<Long> amount, String additionalData) {
        if (!VietQrCodec.NAPAS_GUID.equals(account.get("00"))) {
            return invalid(InvalidReason.UNKNOWN_GUID, "tag 38/00 must be " + VietQrCodec.NAPAS_GUID
                    + ", was " + account.getOrDefault("00", "absent"));
        }
        if (!account.containsKey("01") || !account.containsKey("02")) {
            return invalid(InvalidReason.MISSING_TAG, "tag 38 needs 01 (beneficiary) and 02 (service code)");
        }
        Optional<ServiceCode> service = ServiceCode.ofCode(account.get("02"));
        if (service.isEmpty()) {
            return invalid(InvalidReason.UNKNOWN_SERVICE, "tag 38/02 '" + account.get("02") + "' is not a known service");
        }
        return switch (Tlv.read(account.get("01"))) {
            case Tlv.Read.Broken broken -> invalid(broken.reason(), "in tag 38/01: " + broken.detail());
            case Tlv.Read.Tags beneficiary -> readBeneficiary(beneficiary.byTag(), initiation, service.get(), amount,
                    additionalData);
        };
    }

    private static QrParseResult readBeneficiary(Map<String, String> beneficiary, InitiationMethod initiation,
                                                 ServiceCode service, Optional<Long> amount, String additionalData) {
        String bin = beneficiary.getOrDefault("00", "");
        if (!bin.matches("[0-9]{6}")) {
            return invalid(InvalidReason.BAD_BIN, "tag 38/01/00 must be a 6-digit BIN, was '" + bin + "'");
        }
        String number = beneficiary.getOrDefault("01", "");
        if (!service.acceptsBeneficiary(number)) {
            return invalid(InvalidReason.BAD_BENEFICIARY, "'" + number + "' is not a valid " + service + " number");
        }
        return switch (Tlv.read(additionalData)) {
            case Tlv.Read.Broken broken -> invalid(broken.reason(), "in tag 62: " + broken.detail());
            case Tlv.Read.Tags additional -> build(initiation, service, bin, number, amount, additional.byTag());
        };
    }

    private static QrParseResult build(InitiationMethod initiation, ServiceCode service, String bin, String number,
                                       Optional<Long> amount, Map<String, String> additional) {
        for (String subTag : new String[] {"01", "07", "08"}) {
            String value = additional.get(subTag);
            if (value != null && (value.isEmpty() || value.length() > VietQr.ADDITIONAL_TEXT_LENGTH_MAX)) {
                return invalid(InvalidReason.BAD_ADDITIONAL_DATA, "tag 62/" + subTag + " must be 1.."
                        + VietQr.ADDITIONAL_TEXT_LENGTH_MAX + " characters");
            }
        }
        return new QrParseResult.Valid(new VietQr(initiation, service, bin, number, amount,
                Optional.ofNullable(additional.get("01")), Optional.ofNullable(additional.get("07")),
                Optional.ofNullable(additional.get("08"))));
    }
}
