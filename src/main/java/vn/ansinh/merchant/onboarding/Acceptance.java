package vn.ansinh.merchant.onboarding;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;
import vn.ansinh.vietqr.AsciiText;
import vn.ansinh.vietqr.InitiationMethod;
import vn.ansinh.vietqr.ServiceCode;
import vn.ansinh.vietqr.VietQr;
import vn.ansinh.vietqr.VietQrCodec;

/**
 * How a merchant accepts payment: card terminals (their DE41 ids) and VietQR codes. A QR names us as acquirer
 * (tag 38, service QRPUSH, the merchant as {@code M<id>}) and carries a reference of its own as bill number (62/01),
 * which the QR switch quotes back when someone pays it. Each registration is audited.
 */
@ApplicationScoped
public class Acceptance {

    public record TerminalView(String terminalId, long merchantId, String status) {}

    public record QrView(String reference, long merchantId, Optional<String> terminalId, Optional<Long> amountVnd,
                         String payload) {}

    private static final String LOCK_MERCHANT = "select id from merchant where id = $1 for share";
    private static final String INSERT_TERMINAL = """
            insert into merchant_terminal (terminal_id, merchant_id, created_by) values ($1, $2, $3)
            on conflict (terminal_id) do nothing returning terminal_id""";
    private static final String TERMINAL_OF = "select 1 from merchant_terminal where terminal_id = $1 and merchant_id = $2";
    private static final String NEXT_QR = "select nextval('merchant_qr_number')";
    private static final String INSERT_QR = """
            insert into merchant_qr (reference, merchant_id, terminal_id, amount_vnd, purpose, payload, created_by)
            values ($1, $2, $3, $4, $5, $6, $7)""";

    @Inject Pool pool;
    @Inject AuditLog audit;
    @Inject MerchantConfig config;

    public Uni<TerminalView> addTerminal(long merchantId, NewTerminal request, String actor) {
        String terminalId = request == null || request.terminalId() == null ? "" : request.terminalId();
        if (!terminalId.matches("[A-Z0-9]{8}")) {
            throw DomainException.invalid("TERMINAL_INVALID", "A terminal id is 8 capitals or digits.",
                    List.of(Violation.ofField("terminalId", "FORMAT", "8 capitals or digits, as sent in DE41.")));
        }
        return pool.withTransaction(connection -> lockMerchant(connection, merchantId)
                .chain(() -> connection.preparedQuery(INSERT_TERMINAL).execute(Tuple.of(terminalId, merchantId, actor)))
                .chain(inserted -> {
                    if (inserted.rowCount() == 0) {
                        throw DomainException.conflict("TERMINAL_EXISTS", "Terminal " + terminalId + " is already registered.");
                    }
                    var facts = new LinkedHashMap<String, Object>();
                    facts.put("merchantId", merchantId);
                    return audit.append(connection, new AuditEvent(actor, "TERMINAL_REGISTERED", "terminal:" + terminalId, facts));
                })
                .replaceWith(new TerminalView(terminalId, merchantId, "ACTIVE")));
    }

    public Uni<QrView> issueQr(long merchantId, NewQr request, String actor) {
        NewQr asked = request == null ? new NewQr(null, null, null) : request;
        Optional<String> terminal = Optional.ofNullable(asked.terminalId());
        Optional<Long> amount = Optional.ofNullable(asked.amountVnd());
        Optional<String> purpose = Optional.ofNullable(asked.purpose()).map(AsciiText::stripDiacritics).map(String::strip)
                .filter(text -> !text.isEmpty());
        checkQr(amount, purpose);
        return pool.withTransaction(connection -> lockMerchant(connection, merchantId)
                .chain(() -> requireTerminal(connection, merchantId, terminal))
                .chain(() -> connection.query(NEXT_QR).execute())
                .chain(numbers -> {
                    String reference = "M" + merchantId + "Q" + numbers.iterator().next().getLong(0);
                    String payload = VietQrCodec.encode(new VietQr(
                            amount.isPresent() ? InitiationMethod.DYNAMIC : InitiationMethod.STATIC, ServiceCode.MERCHANT,
                            config.acquirerBin(), "M" + merchantId, amount, Optional.of(reference), terminal, purpose));
                    var values = Tuple.tuple().addString(reference).addLong(merchantId).addString(terminal.orElse(null))
                            .addLong(amount.orElse(null)).addString(purpose.orElse(null)).addString(payload).addString(actor);
                    var view = new QrView(reference, merchantId, terminal, amount, payload);
                    var facts = new LinkedHashMap<String, Object>();
                    facts.put("merchantId", merchantId);
                    facts.put("terminalId", terminal.orElse("none"));
                    facts.put("amountVnd", amount.map(Object::toString).orElse("payer enters it"));
                    return connection.preparedQuery(INSERT_QR).execute(values)
                            .call(() -> audit.append(connection, new AuditEvent(actor, "QR_ISSUED", "qr:" + reference, facts)))
                            .replaceWith(view);
                }));
    }

    private static void checkQr(Optional<Long> amount, Optional<String> purpose) {
        if (amount.filter(vnd -> vnd <= 0 || vnd > VietQr.AMOUNT_VND_MAX).isPresent()) {
            throw DomainException.invalid("QR_INVALID", "The amount is whole đồng, 1.." + VietQr.AMOUNT_VND_MAX + ".",
                    List.of(Violation.ofField("amountVnd", "RANGE", "Whole đồng, positive.")));
        }
        if (purpose.filter(text -> text.length() > VietQr.ADDITIONAL_TEXT_LENGTH_MAX || !AsciiText.isPrintableAscii(text)).isPresent()) {
            throw DomainException.invalid("QR_INVALID", "The purpose is at most 25 letters once diacritics are removed.",
                    List.of(Violation.ofField("purpose", "FORMAT", "At most 25 printable characters.")));
        }
    }

    private Uni<Void> lockMerchant(SqlConnection connection, long merchantId) {
        return connection.preparedQuery(LOCK_MERCHANT).execute(Tuple.of(merchantId)).invoke(rows -> {
            if (rows.rowCount() == 0) {
                throw DomainException.notFound("MERCHANT_NOT_FOUND", "There is no merchant " + merchantId + ".");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> requireTerminal(SqlConnection connection, long merchantId, Optional<String> terminal) {
        if (terminal.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(TERMINAL_OF).execute(Tuple.of(terminal.get(), merchantId)).invoke(rows -> {
            if (rows.rowCount() == 0) {
                throw DomainException.invalid("QR_INVALID", "Terminal " + terminal.get() + " is not this merchant's.",
                        List.of(Violation.ofField("terminalId", "UNKNOWN", "Register the terminal first.")));
            }
        }).replaceWithVoid();
    }
}
