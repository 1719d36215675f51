package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.ansinh.rails.bank.InstantAnswer;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentBook;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;

/**
 * Records the answers of one turn's instant calls in one transaction. Only answers whose outbox rows are still held
 * under their leases count: those rows are locked first, then the payments are read again under their locks (a
 * notification may have moved them meanwhile), each answer is decided by {@link InstantSteps}, and the rows end,
 * wait, or hand over to a follow-up row. An answer whose row another worker took is set aside, never applied: that
 * worker asks again, and applying both could move a payment back to CREATED with nobody left to send it.
 */
final class InstantRecorder {

    private static final Logger LOG = Logger.getLogger(InstantRecorder.class);

    private final DispatchConfig config;
    private final Attempts attempts;
    private final DispatchAudit audit;

    InstantRecorder(DispatchConfig config, Attempts attempts, DispatchAudit audit) {
        this.config = config;
        this.attempts = attempts;
        this.audit = audit;
    }

    /** What the answers asked the outbox to do, gathered before it is written. */
    private static final class Plan {
        final List<Outbox.Finish> finishes = new ArrayList<>();
        final List<Outbox.Reschedule> retries = new ArrayList<>();
        final Map<Long, Long> queryAfter = new LinkedHashMap<>();
        final Map<Long, Long> sendAgain = new LinkedHashMap<>();
        final List<String> gaveUp = new ArrayList<>();
    }

    Uni<Void> record(SqlConnection sql, List<InstantWork.Answered> answered) {
        if (answered.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Outbox.lockHeld(sql, answered.stream().map(one -> one.call().item()).toList()).chain(held -> {
            List<InstantWork.Answered> kept = answered.stream()
                    .filter(one -> held.contains(one.call().item().id())).toList();
            if (kept.size() < answered.size()) {
                // The worker that took each of these rows asks the bank again; its answer is the newer one.
                LOG.infof("%d of %d answers set aside: their rows' leases ran out and another worker took them",
                        answered.size() - kept.size(), answered.size());
            }
            return kept.isEmpty() ? Uni.createFrom().voidItem() : recordHeld(sql, kept);
        });
    }

    /** Answers whose rows this worker still holds, locked: the payments are locked and moved, the rows end or wait. */
    private Uni<Void> recordHeld(SqlConnection sql, List<InstantWork.Answered> answered) {
        List<Long> ids = answered.stream().map(a -> a.call().payment().id()).distinct().toList();
        return PaymentBook.lockByIds(sql, ids).chain(payments -> {
            Decisions decisions = new Decisions(answered.size());
            Plan plan = new Plan();
            for (InstantWork.Answered one : answered) {
                PaymentSnapshot payment = payments.get(one.call().payment().id());
                if (!(one.answer() instanceof InstantAnswer.Decided)) {
                    LOG.infof("%s %s: %s", one.call().send() ? "send" : "query", payment.endToEndId(),
                            why(one.answer()));
                }
                InstantSteps.FollowUp next = one.call().send()
                        ? InstantSteps.afterSend(decisions, payment, one.answer())
                        : InstantSteps.afterQuery(decisions, payment, one.answer());
                plan(plan, one, next);
            }
            List<String> sendsSpent = new ArrayList<>();
            return PaymentBook.write(sql, decisions, audit.eventActor())
                    .chain(() -> Outbox.finish(sql, plan.finishes))
                    .chain(held -> Outbox.addForPayments(sql, OutboxKind.QUERY_INSTANT,
                                    heldPayments(plan.queryAfter, held), config.queryDelay())
                            .chain(() -> resend(sql, heldPayments(plan.sendAgain, held), payments, sendsSpent)))
                    .chain(() -> Outbox.reschedule(sql, plan.retries))
                    .chain(() -> audit.append(sql, "PAYMENT_ANSWERS_RECORDED", "outbox:instant",
                            facts(decisions, answered, plan, sendsSpent)));
        });
    }

    private void plan(Plan plan, InstantWork.Answered one, InstantSteps.FollowUp next) {
        OutboxItem item = one.call().item();
        switch (next) {
            case NONE -> plan.finishes.add(Outbox.Finish.done(item));
            case QUERY -> {
                plan.finishes.add(Outbox.Finish.done(item));
                plan.queryAfter.put(item.id(), one.call().payment().id());
            }
            case SEND -> {
                plan.finishes.add(Outbox.Finish.done(item));
                plan.sendAgain.put(item.id(), one.call().payment().id());
            }
            case RETRY -> {
                String why = why(one.answer());
                if (attempts.exhausted(item)) {
                    plan.finishes.add(attempts.giveUp(item, why));
                    plan.gaveUp.add(one.call().payment().endToEndId());
                } else {
                    plan.retries.add(attempts.retry(item, why));
                }
            }
        }
    }

    /** The bank never received these ids: each is handed over again under the same id, a bounded number of times. */
    private Uni<Void> resend(SqlConnection sql, List<Long> paymentIds, Map<Long, PaymentSnapshot> payments,
            List<String> sendsSpent) {
        if (paymentIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return PaymentBook.sendsSoFar(sql, paymentIds).chain(sends -> {
            List<Long> again = new ArrayList<>();
            for (long id : paymentIds) {
                if (sends.getOrDefault(id, 0L) < config.sendsPerPaymentMax()) {
                    again.add(id);
                } else {
                    sendsSpent.add(payments.get(id).endToEndId());
                }
            }
            return Outbox.addForPayments(sql, OutboxKind.SEND_INSTANT, again, Duration.ZERO);
        });
    }

    private Map<String, Object> facts(Decisions decisions, List<InstantWork.Answered> answered, Plan plan,
            List<String> sendsSpent) {
        int idsMax = config.refusedIdsPerAuditMax();
        Map<String, Object> facts = new LinkedHashMap<>(decisions.auditFacts(idsMax));
        long sends = answered.stream().filter(one -> one.call().send()).count();
        facts.put("sends", sends);
        facts.put("queries", answered.size() - sends);
        facts.put("queriesAgain", (long) plan.retries.size());
        facts.put("gaveUp", plan.gaveUp.stream().limit(idsMax).toList());
        facts.put("sendsSpent", sendsSpent.stream().limit(idsMax).toList());
        return facts;
    }

    private static List<Long> heldPayments(Map<Long, Long> paymentByRow, Set<Long> heldRows) {
        return paymentByRow.entrySet().stream().filter(entry -> heldRows.contains(entry.getKey()))
                .map(Map.Entry::getValue).distinct().toList();
    }

    private static String why(InstantAnswer answer) {
        return switch (answer) {
            case InstantAnswer.NoAnswer none -> "no answer: " + none.why();
            case InstantAnswer.Refused refused -> "refused: " + refused.code() + " " + refused.detail();
            case InstantAnswer.Decided decided -> "status " + decided.status() + " leaves the payment pending";
            case InstantAnswer.NotReceived _ -> "the bank never received the id";
        };
    }
}
