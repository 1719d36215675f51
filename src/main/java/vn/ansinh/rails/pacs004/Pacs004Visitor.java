package vn.ansinh.rails.pacs004;

import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamReader;
import vn.ansinh.rails.money.IsoAmountText;
import vn.ansinh.rails.money.Money;
import vn.ansinh.rails.reason.ReasonCollector;
import vn.ansinh.rails.xml.ElementPath;
import vn.ansinh.rails.xml.ElementVisitor;
import vn.ansinh.rails.xml.RailMessageException;
import vn.ansinh.rails.xml.XmlLimits;

/** The pacs.004 structure by local names; holds only the return being read. */
final class Pacs004Visitor implements ElementVisitor {

    private static final String TRANSACTION = "TxInf";

    private final XmlLimits limits;
    private final Consumer<PaymentReturn> consumer;
    private final ReasonCollector reasons;
    private long returns;

    private Optional<String> returnId = Optional.empty();
    private Optional<String> instructionId = Optional.empty();
    private Optional<String> endToEndId = Optional.empty();
    private Optional<Money> returnedAmount = Optional.empty();
    private Optional<Currency> amountCurrency = Optional.empty();

    Pacs004Visitor(XmlLimits limits, Consumer<PaymentReturn> consumer) {
        this.limits = limits;
        this.consumer = consumer;
        this.reasons = new ReasonCollector(limits.reasonsPerItemMax());
    }

    long returns() {
        return returns;
    }

    @Override
    public void start(ElementPath path, XMLStreamReader reader) {
        if (path.depth() == 1 && !path.current().equals("Document")) {
            throw new RailMessageException("not an ISO 20022 document: root element is " + path.current());
        }
        if (path.depth() == 2 && !path.current().equals("PmtRtr")) {
            throw new RailMessageException("not a pacs.004 payment return: message element is " + path.current());
        }
        if (path.current().equals(TRANSACTION)) {
            returnId = Optional.empty();
            instructionId = Optional.empty();
            endToEndId = Optional.empty();
            returnedAmount = Optional.empty();
        } else if (path.endsWith(TRANSACTION, "RtrdIntrBkSttlmAmt")) {
            amountCurrency = Optional.of(currency(reader.getAttributeValue(null, "Ccy")));
        }
    }

    @Override
    public void end(ElementPath path, String text) {
        if (path.endsWith(TRANSACTION, "RtrRsnInf", "Rsn", "Cd")) {
            reasons.isoCode(text);
        } else if (path.endsWith(TRANSACTION, "RtrRsnInf", "Rsn", "Prtry")) {
            reasons.proprietaryCode(text);
        } else if (path.endsWith(TRANSACTION, "RtrRsnInf", "AddtlInf")) {
            reasons.additionalInformation(text);
        } else if (path.endsWith(TRANSACTION, "RtrRsnInf")) {
            reasons.endReason();
        } else if (path.endsWith(TRANSACTION, "RtrId")) {
            returnId = Optional.of(text);
        } else if (path.endsWith(TRANSACTION, "OrgnlInstrId")) {
            instructionId = Optional.of(text);
        } else if (path.endsWith(TRANSACTION, "OrgnlEndToEndId")) {
            endToEndId = Optional.of(text);
        } else if (path.endsWith(TRANSACTION, "RtrdIntrBkSttlmAmt")) {
            Currency currency = amountCurrency.orElseThrow();
            returnedAmount = Optional.of(new Money(IsoAmountText.parse(text, currency), currency));
        } else if (path.current().equals(TRANSACTION) && path.depth() == 3) {
            deliver();
        }
    }

    private void deliver() {
        if (++returns > limits.itemsMax()) {
            throw new RailMessageException("more than " + limits.itemsMax() + " returns in one file");
        }
        Money amount = returnedAmount.orElseThrow(() -> new RailMessageException(
                "return " + returns + " has no RtrdIntrBkSttlmAmt: refusing to guess how much came back"));
        consumer.accept(new PaymentReturn(returnId, instructionId, endToEndId, amount, reasons.drain()));
    }

    private static Currency currency(String code) {
        if (code == null) {
            throw new RailMessageException("an amount without its Ccy attribute");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new RailMessageException("unknown currency '" + code + "'", unknown);
        }
    }
}
