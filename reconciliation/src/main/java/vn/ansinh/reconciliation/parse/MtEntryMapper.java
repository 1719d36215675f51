package vn.ansinh.reconciliation.parse;

import com.prowidesoftware.swift.model.field.Field61;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.Party;

/** Maps field 61 (split into components by Prowide Core) and its optional field 86 to an {@link Entry}. */
final class MtEntryMapper {
    private static final String NO_REFERENCE = "NONREF";

    private MtEntryMapper() {
    }

    static Entry map(MtField line, Optional<MtField> details, long index, Currency currency)
            throws StatementParseException {
        String position = Positions.entry(index, Positions.line(line.line()));
        Field61 field = new Field61(line.value());
        LocalDate valueDate = MtValues.date(field.getValueDate(), position);
        Optional<LocalDate> entryDate = Optional.empty();
        if (field.getEntryDate() != null && field.getEntryDate().matches("[0-9]{4}")) {
            entryDate = Optional.of(MtValues.entryDate(field.getEntryDate(), valueDate, position));
        }
        String mark = field.getDebitCreditMark();
        Direction direction = direction(mark, position);
        long minor = MtValues.minor(field.getAmount(), currency, position);
        String text = details.map(MtField::value).orElse("");
        Optional<String> bankReference = Optional.ofNullable(field.getReferenceOfTheAccountServicingInstitution())
                .map(String::strip).filter(reference -> !reference.isEmpty())
                .or(() -> Optional.ofNullable(field.getReferenceForTheAccountOwner()).map(String::strip)
                        .filter(reference -> !reference.isEmpty() && !NO_REFERENCE.equals(reference)));
        Party counterparty = MtDetailsText.counterparty(text);
        Optional<String> code = Optional.ofNullable(field.getTransactionType()).map(type -> type
                + Optional.ofNullable(field.getIdentificationCode()).orElse(""));
        return new Entry(index, minor, currency, direction, EntryStatus.BOOKED, mark.startsWith("R"),
                entryDate.or(() -> Optional.of(valueDate)), Optional.of(valueDate), bankReference,
                MtDetailsText.endToEndId(text), MtDetailsText.flatten(text).strip(), counterparty, code,
                Optional.empty(), List.of());
    }

    /** RC is the reversal of a credit, so money leaves the account: a debit. RD is the reversal of a debit. */
    private static Direction direction(String mark, String position) throws StatementParseException {
        if (mark == null) {
            throw new StatementParseException(position, "field 61 has no debit/credit mark");
        }
        return switch (mark) {
            case "C", "RD" -> Direction.CREDIT;
            case "D", "RC" -> Direction.DEBIT;
            default -> throw new StatementParseException(position, "debit/credit mark '" + mark + "' is not C, D, RC or RD");
        };
    }
}
