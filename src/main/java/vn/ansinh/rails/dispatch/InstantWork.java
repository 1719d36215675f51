package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.rails.bank.BankRails;
import vn.ansinh.rails.bank.InstantAnswer;
import vn.ansinh.rails.bank.InstantTransfer;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentBook;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;
import vn.ansinh.rails.party.BankBin;

/**
 * SEND_INSTANT and QUERY_INSTANT rows in three steps: in the claim's transaction the payments are marked SENT
 * before any call ({@link #prepare}); the calls run outside any transaction, together, within the in-flight bound
 * ({@link #call}); the answers are recorded in one more transaction ({@link InstantRecorder}).
 */
final class InstantWork {

    /** One bank call to make: a send, or a status query about the payment's end-to-end id. */
    record Call(OutboxItem item, PaymentSnapshot payment, boolean send) {
    }

    record Answered(Call call, InstantAnswer answer) {
    }

    private final BankRails rails;
    private final DispatchConfig config;
    private final DispatchAudit audit;

    InstantWork(BankRails rails, DispatchConfig config, DispatchAudit audit) {
        this.rails = rails;
        this.config = config;
        this.audit = audit;
    }

    /** In the claim's transaction: decides each row's step, writes SENT before the calls, ends rows with no call. */
    Uni<List<Call>> prepare(SqlConnection sql, List<OutboxItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> ids = items.stream().map(OutboxItem::requirePayment).distinct().toList();
        return PaymentBook.lockByIds(sql, ids).chain(payments -> {
            Decisions decisions = new Decisions(items.size());
            List<Call> calls = new ArrayList<>();
            List<Outbox.Finish> finishes = new ArrayList<>();
            List<Long> queryInstead = new ArrayList<>();
            Set<String> sendingBanks = new LinkedHashSet<>();
            for (OutboxItem item : items) {
                PaymentSnapshot payment = payments.get(item.requirePayment());
                if (payment == null) {
                    finishes.add(new Outbox.Finish(item, Optional.of("no payment " + item.requirePayment())));
                    continue;
                }
                boolean send = item.kind() == OutboxKind.SEND_INSTANT;
                InstantSteps.OnClaim step = send ? InstantSteps.claimSend(decisions, payment)
                        : InstantSteps.claimQuery(decisions, payment);
                switch (step) {
                    case CALL -> {
                        calls.add(new Call(item, payment.withState(decisions.stateOf(payment)), send));
                        if (send) {
                            sendingBanks.add(payment.debtorBin());
                        }
                    }
                    case QUERY_INSTEAD -> {
                        finishes.add(Outbox.Finish.done(item));
                        queryInstead.add(payment.id());
                    }
                    case NOTHING -> finishes.add(Outbox.Finish.done(item));
                }
            }
            return PaymentBook.write(sql, decisions, audit.eventActor())
                    .chain(() -> Outbox.finish(sql, finishes))
                    .chain(() -> Outbox.addForPayments(sql, OutboxKind.QUERY_INSTANT, queryInstead, Duration.ZERO))
                    .chain(() -> NotificationWatch.ensure(sql, sendingBanks, config.notificationsInterval()))
                    .chain(() -> decisions.isEmpty() ? Uni.createFrom().voidItem()
                            : audit.append(sql, "PAYMENTS_HANDED_OVER", "outbox:instant",
                                    decisions.auditFacts(config.refusedIdsPerAuditMax())))
                    .replaceWith(calls);
        });
    }

    /** The calls, outside any transaction, at most the bank's in-flight bound at once. Never fails. */
    Uni<List<Answered>> call(List<Call> calls) {
        if (calls.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<Answered>> answers = calls.stream().map(this::call).toList();
        return Uni.join().all(answers).usingConcurrencyOf(config.bank().inFlightMax()).andFailFast();
    }

    private Uni<Answered> call(Call call) {
        PaymentSnapshot payment = call.payment();
        BankBin bank = new BankBin(payment.debtorBin());
        Uni<InstantAnswer> answer = call.send()
                ? Uni.createFrom().item(() -> InstantTransfer.of(payment))
                        .chain(transfer -> rails.sendInstant(bank, transfer))
                        .onFailure(IllegalArgumentException.class).recoverWithItem(invalid ->
                                new InstantAnswer.Refused("INVALID_PAYMENT", String.valueOf(invalid.getMessage())))
                : rails.queryInstant(bank, payment.endToEndId());
        return answer.map(received -> new Answered(call, received));
    }
}
