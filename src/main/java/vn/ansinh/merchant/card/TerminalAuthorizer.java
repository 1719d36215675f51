package vn.ansinh.merchant.card;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.ansinh.iso8583.acquirer.AuthorizationDecision;
import vn.ansinh.iso8583.acquirer.AuthorizationRequest;
import vn.ansinh.iso8583.acquirer.Authorizer;
import vn.ansinh.iso8583.acquirer.ResponseCode;
import vn.ansinh.iso8583.acquirer.TransactionKey;
import vn.ansinh.merchant.MerchantConfig;

/**
 * Approves a card request from a terminal we onboarded whose terminal and merchant are both ACTIVE; declines
 * anything else with 58 (transaction not permitted to terminal), the code a terminal shows as "not allowed here"
 * rather than as a fault of the card. The card itself (Luhn, expiry, amount, currency) was checked by the acquirer
 * rules before we are asked; funds are the issuer's to check, not ours. In the same statement the request's card
 * number is kept as BIN and last four on its journal row, and never whole. Like the reservation, that write commits
 * without waiting for its flush: the decision's commit after it makes both durable before any answer is sent.
 */
@ApplicationScoped
public class TerminalAuthorizer implements Authorizer {

    private static final String LOOK_UP = """
            with card as (
                update card_transaction set pan_bin = $4, pan_last4 = $5
                where terminal_id = $1 and stan = $2 and transmitted_at = $3 and %s
                returning id, terminal_id)
            select card.id, t.status as terminal_status, m.status as merchant_status
            from card left join merchant_terminal t on t.terminal_id = card.terminal_id
                left join merchant m on m.id = t.merchant_id""".formatted(PostgresTransactionJournal.NO_FLUSH_WAIT);
    private static final int APPROVAL_CODES = 1_000_000;

    @Inject Pool pool;
    @Inject MerchantConfig config;

    @Override
    public AuthorizationDecision authorize(AuthorizationRequest request) {
        TransactionKey key = request.key();
        Optional<CardNumber> card = request.primaryAccountNumber().flatMap(CardNumber::of);
        var values = Tuple.tuple().addString(key.terminalId()).addString(key.stan())
                .addString(key.transmissionDateTime()).addString(card.map(CardNumber::bin).orElse(null))
                .addString(card.map(CardNumber::lastFour).orElse(null));
        var rows = pool.preparedQuery(LOOK_UP).execute(values).await().atMost(config.databaseTimeout());
        if (rows.rowCount() != 1) {
            throw new IllegalStateException("no reserved journal row for " + key);
        }
        return decide(rows.iterator().next());
    }

    private static AuthorizationDecision decide(Row row) {
        boolean terminalActive = "ACTIVE".equals(row.getString("terminal_status"));
        boolean merchantActive = "ACTIVE".equals(row.getString("merchant_status"));
        if (!terminalActive || !merchantActive) {
            return new AuthorizationDecision.Declined(ResponseCode.NOT_PERMITTED_TO_TERMINAL);
        }
        return new AuthorizationDecision.Approved(String.format("%06d", row.getLong("id") % APPROVAL_CODES));
    }
}
