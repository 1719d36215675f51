package vn.ansinh.rails.pain002;

import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamReader;
import vn.ansinh.rails.reason.ReasonCollector;
import vn.ansinh.rails.xml.ElementPath;
import vn.ansinh.rails.xml.ElementVisitor;
import vn.ansinh.rails.xml.RailMessageException;
import vn.ansinh.rails.xml.XmlLimits;

/** The pain.002 structure by local names; holds only the item being read. */
final class Pain002Visitor implements ElementVisitor {

    private static final String GROUP = "OrgnlGrpInfAndSts";
    private static final String BATCH = "OrgnlPmtInfAndSts";
    private static final String TRANSACTION = "TxInfAndSts";

    private final XmlLimits limits;
    private final Consumer<StatusReportItem> consumer;
    private final ReasonCollector groupReasons;
    private final ReasonCollector batchReasons;
    private final ReasonCollector transactionReasons;
    private Optional<ReasonCollector> activeReasons = Optional.empty();
    private long transactionStatuses;

    private String originalMessageId = "";
    private Optional<String> originalMessageNameId = Optional.empty();
    private Optional<String> groupStatus = Optional.empty();
    private String batchId = "";
    private Optional<String> batchStatus = Optional.empty();
    private boolean batchDelivered;
    private Optional<String> instructionId = Optional.empty();
    private Optional<String> endToEndId = Optional.empty();
    private Optional<String> transactionStatus = Optional.empty();

    Pain002Visitor(XmlLimits limits, Consumer<StatusReportItem> consumer) {
        this.limits = limits;
        this.consumer = consumer;
        this.groupReasons = new ReasonCollector(limits.reasonsPerItemMax());
        this.batchReasons = new ReasonCollector(limits.reasonsPerItemMax());
        this.transactionReasons = new ReasonCollector(limits.reasonsPerItemMax());
    }

    long transactionStatuses() {
        return transactionStatuses;
    }

    @Override
    public void start(ElementPath path, XMLStreamReader reader) {
        requireStructure(path);
        switch (path.current()) {
            case BATCH -> {
                batchId = "";
                batchStatus = Optional.empty();
                batchDelivered = false;
            }
            case TRANSACTION -> {
                deliverBatchOnce();
                instructionId = Optional.empty();
                endToEndId = Optional.empty();
                transactionStatus = Optional.empty();
            }
            case "StsRsnInf" -> activeReasons = collectorUnder(path.at(path.depth() - 2));
            default -> {
                // Other elements carry nothing the engine reads.
            }
        }
    }

    @Override
    public void end(ElementPath path, String text) {
        if (path.endsWith("StsRsnInf", "Rsn", "Cd")) {
            activeReasons.ifPresent(reasons -> reasons.isoCode(text));
        } else if (path.endsWith("StsRsnInf", "Rsn", "Prtry")) {
            activeReasons.ifPresent(reasons -> reasons.proprietaryCode(text));
        } else if (path.endsWith("StsRsnInf", "AddtlInf")) {
            activeReasons.ifPresent(reasons -> reasons.additionalInformation(text));
        } else if (path.current().equals("StsRsnInf")) {
            activeReasons.ifPresent(ReasonCollector::endReason);
            activeReasons = Optional.empty();
        } else {
            readField(path, text);
        }
    }

    private void readField(ElementPath path, String text) {
        if (path.endsWith(GROUP, "OrgnlMsgId")) {
            originalMessageId = text;
        } else if (path.endsWith(GROUP, "OrgnlMsgNmId")) {
            originalMessageNameId = Optional.of(text);
        } else if (path.endsWith(GROUP, "GrpSts")) {
            groupStatus = Optional.of(text);
        } else if (path.endsWith(BATCH, "OrgnlPmtInfId")) {
            batchId = text;
        } else if (path.endsWith(BATCH, "PmtInfSts")) {
            batchStatus = Optional.of(text);
        } else if (path.endsWith(TRANSACTION, "OrgnlInstrId")) {
            instructionId = Optional.of(text);
        } else if (path.endsWith(TRANSACTION, "OrgnlEndToEndId")) {
            endToEndId = Optional.of(text);
        } else if (path.endsWith(TRANSACTION, "TxSts")) {
            transactionStatus = Optional.of(text);
        } else if (path.current().equals(GROUP)) {
            consumer.accept(new StatusReportItem.GroupStatus(originalMessageId, originalMessageNameId, groupStatus,
                    groupReasons.drain()));
        } else if (path.current().equals(BATCH)) {
            deliverBatchOnce();
        } else if (path.current().equals(TRANSACTION)) {
            deliverTransaction();
        }
    }

    private void deliverBatchOnce() {
        if (!batchDelivered) {
            batchDelivered = true;
            consumer.accept(new StatusReportItem.PaymentInformationStatus(batchId, batchStatus, batchReasons.drain()));
        }
    }

    private void deliverTransaction() {
        if (++transactionStatuses > limits.itemsMax()) {
            throw new RailMessageException("more than " + limits.itemsMax() + " transaction statuses");
        }
        consumer.accept(new StatusReportItem.TransactionStatus(instructionId, endToEndId, transactionStatus,
                transactionReasons.drain()));
    }

    private Optional<ReasonCollector> collectorUnder(String parent) {
        return switch (parent) {
            case GROUP -> Optional.of(groupReasons);
            case BATCH -> Optional.of(batchReasons);
            case TRANSACTION -> Optional.of(transactionReasons);
            default -> Optional.empty();
        };
    }

    private static void requireStructure(ElementPath path) {
        if (path.depth() == 1 && !path.current().equals("Document")) {
            throw new RailMessageException("not an ISO 20022 document: root element is " + path.current());
        }
        if (path.depth() == 2 && !path.current().equals("CstmrPmtStsRpt")) {
            throw new RailMessageException("not a pain.002 status report: message element is " + path.current());
        }
    }
}
