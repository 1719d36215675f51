package vn.ansinh.rails.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.ansinh.rails.lifecycle.PaymentStates;
import vn.ansinh.rails.pain002.StatusReportItem;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.xml.RailMessageException;

/**
 * Receives a pain.002's items in document order while it streams: checks that the report is about this file's
 * message, remembers a group or payment-information rejection, and hands transaction statuses on in batches of at
 * most {@code batchSizeMax}, so memory holds one batch.
 */
final class StatusReportReading implements Consumer<StatusReportItem> {

    private static final String REJECTED = "RJCT";

    private final BankFile file;
    private final int batchSizeMax;
    private final Consumer<List<StatusReportItem.TransactionStatus>> batches;
    private final List<StatusReportItem.TransactionStatus> batch = new ArrayList<>();
    private Optional<ReasonCode> rejection = Optional.empty();

    StatusReportReading(BankFile file, int batchSizeMax, Consumer<List<StatusReportItem.TransactionStatus>> batches) {
        this.file = file;
        this.batchSizeMax = batchSizeMax;
        this.batches = batches;
    }

    @Override
    public void accept(StatusReportItem item) {
        switch (item) {
            case StatusReportItem.GroupStatus group -> {
                if (!group.originalMessageId().equals(file.messageId())) {
                    throw new RailMessageException("the status report is about " + group.originalMessageId()
                            + ", not " + file.messageId());
                }
                if (group.status().filter(REJECTED::equals).isPresent()) {
                    rejection = Optional.of(ReportSteps.firstCode(group.reasons())
                            .orElse(PaymentStates.NO_REASON_GIVEN));
                }
            }
            case StatusReportItem.PaymentInformationStatus batchStatus -> {
                if (batchStatus.status().filter(REJECTED::equals).isPresent() && rejection.isEmpty()) {
                    rejection = Optional.of(ReportSteps.firstCode(batchStatus.reasons())
                            .orElse(PaymentStates.NO_REASON_GIVEN));
                }
            }
            case StatusReportItem.TransactionStatus transaction -> {
                batch.add(transaction);
                if (batch.size() == batchSizeMax) {
                    flush();
                }
            }
        }
    }

    /** Hands on what is left of the last batch. */
    void flush() {
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
            batch.clear();
        }
    }

    /** The reason the whole file was refused, when it was. */
    Optional<ReasonCode> rejection() {
        return rejection;
    }
}
