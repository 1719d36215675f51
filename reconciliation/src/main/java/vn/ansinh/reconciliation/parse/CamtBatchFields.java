package vn.ansinh.reconciliation.parse;

import java.util.Optional;

/** The texts of an entry's Btch (NtryDtls/Btch): message id, payment information id, count and total. */
final class CamtBatchFields {
    String messageId;
    String paymentInformationId;
    String count;
    CamtAmountText total;

    void leaf(String name, CharSequence text, Optional<String> currencyCode) {
        switch (name) {
            case "MsgId" -> messageId = CamtEntryFields.first(messageId, text);
            case "PmtInfId" -> paymentInformationId = CamtEntryFields.first(paymentInformationId, text);
            case "NbOfTxs" -> count = CamtEntryFields.first(count, text);
            case "TtlAmt" -> total = total == null ? new CamtAmountText("TtlAmt", currencyCode, text.toString()) : total;
            default -> {
                // A batch's other elements (CdtDbtInd) are not read.
            }
        }
    }
}
