package vn.ansinh.recon.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import vn.ansinh.reconciliation.check.CompletenessChecker;
import vn.ansinh.reconciliation.match.BankEntry;
import vn.ansinh.reconciliation.match.Payment;
import vn.ansinh.reconciliation.match.PaymentStatus;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.model.TransactionDetail;

/** Inputs of one run built in memory: one consistent statement of a day, and the payments of that day. */
final class RunFixtures {

    static final String ACCOUNT = "8001234567890";
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    static final ReconciliationKey KEY = new ReconciliationKey("970436", ACCOUNT, DAY, DAY);
    static final Instant SENT = DAY.atTime(10, 0).atZone(ReconciliationKey.VIETNAM).toInstant();
    private static final long OPENING = 1_000_000_000L;

    private final List<Inputs.Line> lines = new ArrayList<>();
    private final List<Inputs.PaymentInput> payments = new ArrayList<>();

    /** A debit line naming {@code endToEndId} (or none), or a return credit naming it. */
    RunFixtures line(long amount, Direction direction, Optional<String> endToEndId) {
        int index = lines.size();
        List<TransactionDetail> details = direction == Direction.CREDIT
                ? List.of(new TransactionDetail(endToEndId, OptionalLong.of(amount), Optional.of(direction),
                Party.unknown(), "", Optional.of("AC04")))
                : List.of();
        Entry entry = new Entry(index, amount, Assembler.VND, direction, EntryStatus.BOOKED, false, Optional.of(DAY),
                Optional.of(DAY), Optional.of("REF" + index), direction == Direction.DEBIT ? endToEndId : Optional.empty(),
                "", Party.unknown(), Optional.empty(), Optional.empty(), details);
        lines.add(new Inputs.Line(new LineRef(1, index), "STMT-1", new BankEntry(ACCOUNT, "STMT-1@1", entry)));
        return this;
    }

    RunFixtures payment(long id, String endToEndId, long amount, String state, Instant sent) {
        boolean expected = !state.equals("REJECTED") && !sent.isBefore(KEY.start()) && sent.isBefore(KEY.asOf());
        PaymentStatus status = state.equals("REJECTED") ? PaymentStatus.REJECTED
                : expected ? PaymentStatus.SETTLED : PaymentStatus.ACCEPTED;
        payments.add(new Inputs.PaymentInput(id, endToEndId, state, Optional.empty(), "0011", "Nguyễn Văn A", sent,
                expected, new Payment(endToEndId, amount, Assembler.VND, ACCOUNT, "0011", "Nguyễn Văn A",
                Optional.empty(), status, sent)));
        return this;
    }

    Inputs inputs() {
        long credits = 0;
        long debits = 0;
        long creditCount = 0;
        for (Inputs.Line line : lines) {
            Entry entry = line.bankEntry().entry();
            if (entry.direction() == Direction.CREDIT) {
                credits += entry.amountMinor();
                creditCount++;
            } else {
                debits += entry.amountMinor();
            }
        }
        long net = credits - debits;
        var header = new StatementHeader(StatementFormat.CAMT_053, "STMT-1", "STMT-1", Optional.of(ACCOUNT),
                Optional.of(Assembler.VND), OptionalLong.of(1), OptionalInt.empty());
        var summary = new StatementSummary(header, List.of(
                new Balance(BalanceType.OPENING_BOOKED, OPENING, Assembler.VND, DAY),
                new Balance(BalanceType.CLOSING_BOOKED, OPENING + net, Assembler.VND, DAY)),
                creditCount, lines.size() - creditCount, credits, debits, net, new TreeMap<>(Map.of(DAY, net)),
                OptionalLong.empty(), OptionalLong.empty());
        return new Inputs(KEY, 1, Set.of(1L), CompletenessChecker.check(List.of(summary)), lines, payments, List.of());
    }

    static vn.ansinh.reconciliation.match.MatchPolicy policy() {
        return vn.ansinh.reconciliation.match.MatchPolicy.vietnam(KEY.asOf());
    }
}
