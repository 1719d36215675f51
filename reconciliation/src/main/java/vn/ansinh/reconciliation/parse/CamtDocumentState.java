package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;

/**
 * Where the streaming camt parser stands: in the group header, in a statement, or between them. Statement-level
 * elements are small and read whole as trees; each Ntry is read flat off the cursor ({@link CamtEntryCursor}),
 * assembled, handed to the sink and forgotten.
 */
final class CamtDocumentState {
    private static final int MESSAGE_DEPTH = 2;
    private static final int STATEMENT_DEPTH = 3;

    private final CamtMessageKind kind;
    private final ParseLimits limits;
    private final EntrySink sink;
    private final CamtEntryCursor entryCursor;
    private int depth = MESSAGE_DEPTH;
    private String messageId = "";
    private OptionalInt page = OptionalInt.empty();
    private CamtStatementState statement;

    CamtDocumentState(CamtMessageKind kind, ParseLimits limits, EntrySink sink) {
        this.kind = kind;
        this.limits = limits;
        this.sink = sink;
        this.entryCursor = new CamtEntryCursor(limits);
    }

    void startElement(XMLStreamReader reader) throws XMLStreamException, StatementParseException {
        String name = reader.getLocalName();
        if (depth == MESSAGE_DEPTH && name.equals(kind.statementElement)) {
            depth++;
            statement = new CamtStatementState(kind.format, messageId, page, limits);
            return;
        }
        String position = Positions.of(reader);
        if (depth == STATEMENT_DEPTH && name.equals("Ntry")) {
            // Entries are most of the file: read flat off the cursor, never as a tree.
            statement.entry(reader, entryCursor, position, sink);
            return;
        }
        XmlNode node = SubtreeReader.read(reader, limits);
        if (depth == MESSAGE_DEPTH && name.equals("GrpHdr")) {
            messageId = node.text("MsgId").orElse("");
            page = pageNumber(node, position);
        } else if (depth == STATEMENT_DEPTH) {
            statement.element(node, position, sink);
        }
    }

    /** Returns the summary when a statement element closes. */
    Optional<StatementSummary> endElement(XMLStreamReader reader) {
        if (depth == STATEMENT_DEPTH && reader.getLocalName().equals(kind.statementElement)) {
            depth--;
            StatementSummary summary = statement.finish();
            sink.statementEnded(summary);
            statement = null;
            return Optional.of(summary);
        }
        return Optional.empty();
    }

    private static OptionalInt pageNumber(XmlNode header, String position) throws StatementParseException {
        Optional<String> text = header.text("MsgPgntn", "PgNb");
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.get()));
        } catch (NumberFormatException bad) {
            throw new StatementParseException(position, "page number '" + text.get() + "' is not a number");
        }
    }

    /** One statement (Stmt, Ntfctn or Rpt) being read. */
    private static final class CamtStatementState {
        private final vn.ansinh.reconciliation.model.StatementFormat format;
        private final String messageId;
        private final OptionalInt page;
        private final ParseLimits limits;
        private final SummaryAccumulator totals = new SummaryAccumulator();
        private final SharedValues shared = new SharedValues();
        private String statementId = "";
        private OptionalLong sequence = OptionalLong.empty();
        private Optional<String> account = Optional.empty();
        private Optional<Currency> currency = Optional.empty();
        private Optional<StatementHeader> header = Optional.empty();

        CamtStatementState(vn.ansinh.reconciliation.model.StatementFormat format, String messageId, OptionalInt page,
                           ParseLimits limits) {
            this.format = format;
            this.messageId = messageId;
            this.page = page;
            this.limits = limits;
        }

        void element(XmlNode node, String position, EntrySink sink) throws StatementParseException {
            switch (node.name()) {
                case "Id" -> statementId = node.text().strip();
                case "ElctrncSeqNb" -> sequence = OptionalLong.of(number(node, position));
                case "Acct" -> readAccount(node, position);
                case "Bal" -> addBalance(CamtBalanceMapper.map(node, position), position);
                case "TxsSummry" -> totals.declare(CamtSummaryMapper.count(node, position),
                        CamtSummaryMapper.net(node, currency, position));
                default -> {
                    // Other statement elements (FrToDt, CreDtTm, AddtlStmtInf...) do not affect reconciliation.
                }
            }
        }

        private void readAccount(XmlNode node, String position) throws StatementParseException {
            account = CamtValues.accountId(Optional.of(node));
            if (node.text("Ccy").isPresent()) {
                try {
                    currency = Optional.of(Currency.getInstance(node.text("Ccy").get()));
                } catch (IllegalArgumentException unknown) {
                    throw new StatementParseException(position, "unknown account currency '" + node.text("Ccy").get() + "'");
                }
            }
        }

        private void addBalance(Balance balance, String position) throws StatementParseException {
            if (currency.isPresent() && !currency.get().equals(balance.currency())) {
                throw new StatementParseException(position, "balance in " + balance.currency()
                        + " on an account in " + currency.get());
            }
            currency = Optional.of(balance.currency());
            totals.addBalance(balance);
        }

        void entry(XMLStreamReader reader, CamtEntryCursor cursor, String position, EntrySink sink)
                throws XMLStreamException, StatementParseException {
            long index = totals.entryCount();
            String where = Positions.entry(index, position);
            if (index >= limits.entriesPerStatementMax()) {
                throw new HostileInputException(where, "more than entriesPerStatementMax="
                        + limits.entriesPerStatementMax() + " entries in one statement");
            }
            Entry entry = CamtEntryAssembler.entry(cursor.read(reader), index, where, shared);
            if (currency.isPresent() && !currency.get().equals(entry.currency())) {
                throw new StatementParseException(where, "entry in " + entry.currency() + " on a statement in "
                        + currency.get());
            }
            currency = Optional.of(entry.currency());
            totals.add(entry, where);
            sink.entry(header(), entry);
        }

        private StatementHeader header() {
            if (header.isEmpty()) {
                header = Optional.of(new StatementHeader(format, messageId, statementId, account, currency, sequence,
                        page));
            }
            return header.get();
        }

        StatementSummary finish() {
            return totals.build(header());
        }

        private static long number(XmlNode node, String position) throws StatementParseException {
            try {
                return Long.parseLong(node.text().strip());
            } catch (NumberFormatException bad) {
                throw new StatementParseException(position, "<" + node.name() + "> '" + node.text() + "' is not a number");
            }
        }
    }
}
