package vn.ansinh.rails.pain002;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.reason.ReportedReason;

/** One piece of a status report, delivered in document order: the group, then each batch and its transactions. */
public sealed interface StatusReportItem {

    /** OrgnlGrpInfAndSts: the whole original message. Status absent when the bank reports only per batch. */
    record GroupStatus(String originalMessageId, Optional<String> originalMessageNameId, Optional<String> status,
            List<ReportedReason> reasons) implements StatusReportItem {
        public GroupStatus {
            Objects.requireNonNull(originalMessageId, "originalMessageId");
            Objects.requireNonNull(originalMessageNameId, "originalMessageNameId");
            Objects.requireNonNull(status, "status");
            reasons = List.copyOf(reasons);
        }
    }

    /** OrgnlPmtInfAndSts: one PmtInf block, delivered before its transactions. */
    record PaymentInformationStatus(String originalPaymentInformationId, Optional<String> status,
            List<ReportedReason> reasons) implements StatusReportItem {
        public PaymentInformationStatus {
            Objects.requireNonNull(originalPaymentInformationId, "originalPaymentInformationId");
            Objects.requireNonNull(status, "status");
            reasons = List.copyOf(reasons);
        }
    }

    /** TxInfAndSts: one transaction. The end-to-end id is kept as sent, because older files use other id forms. */
    record TransactionStatus(Optional<String> originalInstructionId, Optional<String> originalEndToEndId,
            Optional<String> status, List<ReportedReason> reasons) implements StatusReportItem {
        public TransactionStatus {
            Objects.requireNonNull(originalInstructionId, "originalInstructionId");
            Objects.requireNonNull(originalEndToEndId, "originalEndToEndId");
            Objects.requireNonNull(status, "status");
            reasons = List.copyOf(reasons);
        }

        /** The ansinh end-to-end id, when the reported one is one. */
        public Optional<EndToEndId> endToEndId() {
            return originalEndToEndId.flatMap(EndToEndId::parse);
        }
    }
}
