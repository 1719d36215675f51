package vn.ansinh.merchant.qr;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import vn.ansinh.merchant.ledger.Ledger;
import vn.ansinh.platform.DomainException;

/**
 * Books the QR switch's payments and refunds into the ledger, exactly once each. A payment is idempotent on the
 * switch's transaction id: the same notification again gets the same answer and books nothing; the same id with
 * another amount or reference is a conflict. A refund is idempotent on its refund id, and the refunds of one
 * payment never add up to more than it (checked here and by a constraint on {@code qr_payment}).
 */
@ApplicationScoped
public class QrPayments {

    private static final String FIND_PAYMENT = """
            select p.transaction_id, p.merchant_id, p.reference, p.amount_vnd, p.refunded_vnd, e.business_date
            from qr_payment p join merchant_entry e on e.qr_transaction_id = p.transaction_id and e.kind = 'SALE'
            where p.transaction_id = $1""";
    private static final String FIND_QR = "select merchant_id, terminal_id, amount_vnd from merchant_qr where reference = $1";
    private static final String INSERT_PAYMENT = """
            insert into qr_payment (transaction_id, reference, merchant_id, terminal_id, amount_vnd, paid_at, payer_bank)
            values ($1, $2, $3, $4, $5, $6, $7) on conflict (transaction_id) do nothing returning transaction_id""";
    private static final String BOOK_SALE = """
            insert into merchant_entry (merchant_id, terminal_id, source, kind, amount_vnd, business_date, qr_transaction_id)
            select merchant_id, terminal_id, 'QR', 'SALE', amount_vnd, %s, transaction_id
            from qr_payment where transaction_id = $1
            returning business_date""".formatted(Ledger.openDateSql("$2"));
    private static final String LOCK_PAYMENT = """
            select merchant_id, terminal_id, reference, amount_vnd, refunded_vnd from qr_payment
            where transaction_id = $1 for update""";
    private static final String FIND_REFUND = """
            select f.refund_id, f.transaction_id, f.amount_vnd, p.merchant_id, p.reference, p.refunded_vnd, e.business_date
            from qr_refund f join qr_payment p on p.transaction_id = f.transaction_id
                join merchant_entry e on e.qr_refund_id = f.refund_id
            where f.refund_id = $1""";
    private static final String INSERT_REFUND = """
            insert into qr_refund (refund_id, transaction_id, amount_vnd) values ($1, $2, $3)
            on conflict (refund_id) do nothing returning refund_id""";
    private static final String ADD_REFUNDED = """
            update qr_payment set refunded_vnd = refunded_vnd + $2 where transaction_id = $1 returning refunded_vnd""";
    private static final String BOOK_REFUND = """
            insert into merchant_entry (merchant_id, terminal_id, source, kind, amount_vnd, business_date,
                qr_transaction_id, qr_refund_id)
            select p.merchant_id, p.terminal_id, 'QR', 'REFUND', $3, %s, p.transaction_id, $1
            from qr_payment p where p.transaction_id = $2
            returning business_date""".formatted(Ledger.openDateSql("$4"));

    @Inject Pool pool;
    @Inject Ledger ledger;

    public Uni<QrBooking> notify(QrNotification notification) {
        QrInput.check(notification);
        return pool.withTransaction(connection -> ledger.lockForBooking(connection)
                .chain(() -> connection.preparedQuery(FIND_PAYMENT).execute(Tuple.of(notification.transactionId())))
                .chain(found -> found.rowCount() == 1
                        ? Uni.createFrom().item(sameOrConflict(found.iterator().next(), notification))
                        : book(connection, notification)));
    }

    public Uni<QrBooking> refund(String transactionId, QrRefund refund) {
        QrInput.check(transactionId, refund);
        return pool.withTransaction(connection -> ledger.lockForBooking(connection)
                .chain(() -> connection.preparedQuery(LOCK_PAYMENT).execute(Tuple.of(transactionId)))
                .chain(payment -> {
                    if (payment.rowCount() == 0) {
                        throw DomainException.notFound("QR_PAYMENT_UNKNOWN", "No QR payment " + transactionId + " was notified.");
                    }
                    return connection.preparedQuery(FIND_REFUND).execute(Tuple.of(refund.refundId()))
                            .chain(existing -> existing.rowCount() == 1
                                    ? Uni.createFrom().item(sameRefundOrConflict(existing.iterator().next(), transactionId, refund))
                                    : bookRefund(connection, payment.iterator().next(), transactionId, refund));
                }));
    }

    private Uni<QrBooking> book(SqlConnection connection, QrNotification notification) {
        return connection.preparedQuery(FIND_QR).execute(Tuple.of(notification.reference())).chain(qrs -> {
            if (qrs.rowCount() == 0) {
                throw DomainException.notFound("QR_REFERENCE_UNKNOWN", "No QR code has the reference " + notification.reference() + ".");
            }
            Row qr = qrs.iterator().next();
            Long fixedAmount = qr.getLong("amount_vnd");
            if (fixedAmount != null && !fixedAmount.equals(notification.amountVnd())) {
                throw DomainException.conflict("QR_AMOUNT_MISMATCH", "The QR asks for " + fixedAmount
                        + " VND; the notification says " + notification.amountVnd() + ".");
            }
            long merchantId = qr.getLong("merchant_id");
            var payment = Tuple.tuple().addString(notification.transactionId()).addString(notification.reference())
                    .addLong(merchantId).addString(qr.getString("terminal_id")).addLong(notification.amountVnd())
                    .addOffsetDateTime(notification.time()).addString(notification.payerBank());
            return connection.preparedQuery(INSERT_PAYMENT).execute(payment).chain(inserted -> {
                if (inserted.rowCount() == 0) {
                    // Another connection booked the same id while we looked; it has committed, so answer as a repeat.
                    return connection.preparedQuery(FIND_PAYMENT).execute(Tuple.of(notification.transactionId()))
                            .map(found -> sameOrConflict(found.iterator().next(), notification));
                }
                return connection.preparedQuery(BOOK_SALE)
                        .execute(Tuple.of(notification.transactionId(), ledger.calendarDateNow()))
                        .map(booked -> new QrBooking(notification.transactionId(), Optional.empty(), merchantId,
                                notification.reference(), notification.amountVnd(), 0,
                                booked.iterator().next().getLocalDate("business_date")));
            });
        });
    }

    private static QrBooking sameOrConflict(Row stored, QrNotification notification) {
        if (stored.getLong("amount_vnd") != notification.amountVnd().longValue()
                || !stored.getString("reference").equals(notification.reference())) {
            throw DomainException.conflict("QR_NOTIFICATION_CONFLICT", "Transaction " + notification.transactionId()
                    + " was notified before with another amount or reference.");
        }
        return new QrBooking(stored.getString("transaction_id"), Optional.empty(), stored.getLong("merchant_id"),
                stored.getString("reference"), stored.getLong("amount_vnd"), 0, stored.getLocalDate("business_date"));
    }

    private Uni<QrBooking> bookRefund(SqlConnection connection, Row payment, String transactionId, QrRefund refund) {
        long amount = payment.getLong("amount_vnd");
        long refunded = payment.getLong("refunded_vnd");
        if (refund.amountVnd() > amount - refunded) {
            throw DomainException.conflict("REFUND_EXCEEDS_PAYMENT", "Payment " + transactionId + " of " + amount
                    + " VND has " + (amount - refunded) + " VND left to refund; asked for " + refund.amountVnd() + ".");
        }
        return connection.preparedQuery(INSERT_REFUND)
                .execute(Tuple.of(refund.refundId(), transactionId, refund.amountVnd()))
                .chain(inserted -> {
                    if (inserted.rowCount() == 0) {
                        throw DomainException.conflict("REFUND_CONFLICT", "Refund " + refund.refundId()
                                + " belongs to another payment.");
                    }
                    return connection.preparedQuery(ADD_REFUNDED).execute(Tuple.of(transactionId, refund.amountVnd()));
                })
                .chain(total -> connection.preparedQuery(BOOK_REFUND)
                        .execute(Tuple.of(refund.refundId(), transactionId, refund.amountVnd(), ledger.calendarDateNow()))
                        .map(booked -> new QrBooking(transactionId, Optional.of(refund.refundId()), payment.getLong("merchant_id"),
                                payment.getString("reference"), refund.amountVnd(),
                                total.iterator().next().getLong("refunded_vnd"),
                                booked.iterator().next().getLocalDate("business_date"))));
    }

    private static QrBooking sameRefundOrConflict(Row stored, String transactionId, QrRefund refund) {
        if (!stored.getString("transaction_id").equals(transactionId)
                || !Objects.equals(stored.getLong("amount_vnd"), refund.amountVnd())) {
            throw DomainException.conflict("REFUND_CONFLICT", "Refund " + refund.refundId()
                    + " was sent before for another payment or amount.");
        }
        return new QrBooking(transactionId, Optional.of(refund.refundId()), stored.getLong("merchant_id"),
                stored.getString("reference"), stored.getLong("amount_vnd"), stored.getLong("refunded_vnd"),
                stored.getLocalDate("business_date"));
    }
}
