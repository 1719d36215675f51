package vn.ansinh.rails.dispatch;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import vn.ansinh.rails.money.Money;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.xml.RailMessageException;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.model.TransactionDetail;
import vn.ansinh.reconciliation.parse.EntrySink;
import vn.ansinh.reconciliation.parse.ParseOptions;
import vn.ansinh.reconciliation.parse.ParseOutcome;
import vn.ansinh.reconciliation.parse.StatementParser;

/**
 * Reads one page of a paying bank's camt.054 notifications with the reconciliation library's streaming parser and
 * keeps the returned credits. A page is accepted only whole: every notification carries its sequence number, the
 * numbers run on without a gap from the cursor, the last is the one the bank declared, and there are no more than
 * {@code notificationsMax} — otherwise a return could be skipped, and the cursor must not move past it.
 */
final class NotificationPageReader {

    /** A whole page: the notifications it held, from which sequence to which, and the returns among them. */
    record ReturnPage(long firstSequence, long lastSequence, long notifications, List<ReturnNotice> returns,
            long otherEntries) {
        ReturnPage {
            returns = List.copyOf(returns);
        }
    }

    private NotificationPageReader() {
    }

    static ReturnPage read(InputStream input, long afterSequence, OptionalLong declaredLast, int notificationsMax) {
        Collector collector = new Collector(afterSequence, notificationsMax);
        ParseOutcome outcome = new StatementParser(ParseOptions.defaults()).parse(input, "camt054", collector);
        switch (outcome) {
            case ParseOutcome.Refused refused -> throw new RailMessageException("camt.054 refused: "
                    + refused.describe());
            case ParseOutcome.Parsed parsed when parsed.format() != StatementFormat.CAMT_054 ->
                    throw new RailMessageException("a notifications page must be camt.054, not " + parsed.format());
            case ParseOutcome.Parsed _ -> {
                // The collector checked every notification while it streamed.
            }
        }
        if (collector.notifications == 0) {
            throw new RailMessageException("a notifications page without notifications");
        }
        if (declaredLast.isPresent() && declaredLast.getAsLong() != collector.lastSequence) {
            throw new RailMessageException("the bank declared " + declaredLast.getAsLong()
                    + " as the page's last sequence; the page ends at " + collector.lastSequence);
        }
        return new ReturnPage(afterSequence + 1, collector.lastSequence, collector.notifications, collector.returns,
                collector.otherEntries);
    }

    /** Checks sequences as statements end and keeps the returned credits as entries stream past. */
    private static final class Collector implements EntrySink {
        private final int notificationsMax;
        private final List<ReturnNotice> returns = new ArrayList<>();
        private long lastSequence;
        private long notifications;
        private long otherEntries;

        Collector(long afterSequence, int notificationsMax) {
            this.lastSequence = afterSequence;
            this.notificationsMax = notificationsMax;
        }

        @Override
        public void entry(StatementHeader header, Entry entry) {
            long sequence = sequence(header);
            if (sequence != lastSequence + 1) {
                throw new RailMessageException("notification " + sequence + " follows " + lastSequence);
            }
            if (entry.direction() == Direction.CREDIT && entry.isReturn()
                    && Objects.equals(entry.currency(), Money.VND)) {
                String id = entry.effectiveEndToEndId()
                        .orElseThrow(() -> new RailMessageException("return " + sequence + " names no end-to-end id"));
                returns.add(new ReturnNotice(sequence, id, entry.amountMinor(), reason(entry)));
            } else {
                otherEntries++;
            }
        }

        @Override
        public void statementEnded(StatementSummary summary) {
            long sequence = sequence(summary.header());
            if (sequence != lastSequence + 1) {
                throw new RailMessageException("notification " + sequence + " follows " + lastSequence);
            }
            if (++notifications > notificationsMax) {
                throw new RailMessageException("more than " + notificationsMax + " notifications in one page");
            }
            lastSequence = sequence;
        }

        private static long sequence(StatementHeader header) {
            return header.sequence().orElseThrow(() ->
                    new RailMessageException("a notification without its electronic sequence number"));
        }

        private static ReasonCode reason(Entry entry) {
            return entry.details().stream().map(TransactionDetail::returnReason).flatMap(java.util.Optional::stream)
                    .findFirst().map(ReasonCode::of).orElse(ReasonCode.of("NARR"));
        }
    }
}
