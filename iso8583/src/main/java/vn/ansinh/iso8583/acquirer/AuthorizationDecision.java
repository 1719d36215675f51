package vn.ansinh.iso8583.acquirer;

import java.util.Objects;

/** The engine's answer to one authorization request. */
public sealed interface AuthorizationDecision {

    /** @param approvalCode DE38, six letters or digits */
    record Approved(String approvalCode) implements AuthorizationDecision {
        public Approved {
            Objects.requireNonNull(approvalCode, "approvalCode");
            if (!approvalCode.matches("[A-Za-z0-9]{6}")) {
                throw new IllegalArgumentException("approval code must be 6 letters or digits, was '" + approvalCode + "'");
            }
        }
    }

    record Declined(ResponseCode code) implements AuthorizationDecision {
        public Declined {
            Objects.requireNonNull(code, "code");
            if (code == ResponseCode.APPROVED) {
                throw new IllegalArgumentException("a decline cannot carry 00");
            }
        }
    }
}
