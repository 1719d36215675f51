package vn.ansinh.merchant.qr;

import java.util.ArrayList;
import java.util.List;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;
import vn.ansinh.vietqr.VietQr;

/** Checks what the switch sends before anything is stored; every problem is named with its field. */
final class QrInput {
    private static final String ID_PATTERN = "[\\x21-\\x7E]{1,64}";

    private QrInput() {
    }

    static void check(QrNotification notification) {
        if (notification == null) {
            throw DomainException.invalid("QR_NOTIFICATION_INVALID", "Send a JSON notification.", List.of());
        }
        var violations = new ArrayList<Violation>();
        id(violations, "transactionId", notification.transactionId());
        amount(violations, notification.amountVnd());
        if (notification.reference() == null || !notification.reference().matches("[A-Z0-9]{1,25}")) {
            violations.add(Violation.ofField("reference", "FORMAT", "The QR's reference: 1-25 capitals or digits."));
        }
        if (notification.time() == null) {
            violations.add(Violation.ofField("time", "REQUIRED", "When the payer paid, ISO 8601 with offset."));
        }
        id(violations, "payerBank", notification.payerBank());
        refuse("QR_NOTIFICATION_INVALID", violations);
    }

    static void check(String transactionId, QrRefund refund) {
        if (refund == null) {
            throw DomainException.invalid("QR_REFUND_INVALID", "Send a JSON refund.", List.of());
        }
        var violations = new ArrayList<Violation>();
        id(violations, "transactionId", transactionId);
        id(violations, "refundId", refund.refundId());
        amount(violations, refund.amountVnd());
        refuse("QR_REFUND_INVALID", violations);
    }

    private static void id(List<Violation> violations, String field, String value) {
        if (value == null || !value.matches(ID_PATTERN)) {
            violations.add(Violation.ofField(field, "FORMAT", "1-64 printable characters without spaces."));
        }
    }

    private static void amount(List<Violation> violations, Long amountVnd) {
        if (amountVnd == null || amountVnd <= 0 || amountVnd > VietQr.AMOUNT_VND_MAX) {
            violations.add(Violation.ofField("amountVnd", "RANGE", "Whole đồng, 1.." + VietQr.AMOUNT_VND_MAX + "."));
        }
    }

    private static void refuse(String code, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw DomainException.invalid(code, "The request has " + violations.size() + " problem(s).", violations);
        }
    }
}
