package vn.ansinh.merchant.card;

import java.lang.System.Logger.Level;
import java.util.Optional;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.acquirer.BatchTotals;
import vn.ansinh.iso8583.acquirer.TransactionJournal;
import vn.ansinh.iso8583.host.MessageHandler;

/**
 * Wraps the acquirer to keep every 0500 a terminal sends: the totals it stated, the totals we held open for it just
 * before the acquirer compared them, and our answer (00 closed, 95 disagreed). Switch reconciliation reads them.
 * Every other message passes straight through.
 */
public final class BatchReportRecorder implements MessageHandler {

    private static final System.Logger LOG = System.getLogger(BatchReportRecorder.class.getName());

    private final MessageHandler acquirer;
    private final TransactionJournal journal;
    private final BatchReports reports;

    public BatchReportRecorder(MessageHandler acquirer, TransactionJournal journal, BatchReports reports) {
        this.acquirer = acquirer;
        this.journal = journal;
        this.reports = reports;
    }

    @Override
    public Optional<Iso8583Message> handle(Iso8583Message request) {
        Optional<String> terminal = request.field(41).filter(id -> id.length() == 8);
        if (!request.mti().equals("0500") || terminal.isEmpty()) {
            return acquirer.handle(request);
        }
        BatchTotals ours = journal.openBatchTotals(terminal.get());
        Optional<Iso8583Message> response = acquirer.handle(request);
        Optional<BatchReports.Stated> stated = BatchReports.Stated.of(request);
        Optional<String> answer = response.flatMap(message -> message.field(39));
        if (stated.isPresent() && answer.isPresent()) {
            try {
                reports.record(terminal.get(), stated.get(), ours, answer.get());
            } catch (RuntimeException failure) {
                // The terminal's answer stands (the batch is already closed or refused); only our evidence is lost.
                LOG.log(Level.ERROR, "could not record the 0500 of terminal " + terminal.get(), failure);
            }
        }
        return response;
    }

    @Override
    public Optional<Iso8583Message> busy(Iso8583Message request) {
        return acquirer.busy(request);
    }
}
