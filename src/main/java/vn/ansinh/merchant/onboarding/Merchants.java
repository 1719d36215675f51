package vn.ansinh.merchant.onboarding;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ansinh.identity.Masking;

/** Reads merchants back as the API shows them: settlement account masked, terminals listed. */
@ApplicationScoped
public class Merchants {

    private static final String FIND = """
            select m.*, (select count(*) from merchant_qr q where q.merchant_id = m.id) as qr_codes,
                (select coalesce(array_agg(t.terminal_id order by t.terminal_id), '{}') from merchant_terminal t
                 where t.merchant_id = m.id) as terminals
            from merchant m where m.id = $1""";

    @Inject Pool pool;

    public record Mdr(int rateBp, long fixedVnd, Optional<Long> capVnd) {}

    public record MerchantView(long id, String name, String mcc, String address, String settlementBin,
                               String settlementAccount, String settlementHolder, Mdr mdr, String status,
                               List<String> terminals, long qrCodes) {}

    public Uni<Optional<MerchantView>> find(long id) {
        return pool.preparedQuery(FIND).execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    private static MerchantView view(Row row) {
        var mdr = new Mdr(row.getInteger("mdr_rate_bp"), row.getLong("mdr_fixed_vnd"),
                Optional.ofNullable(row.getLong("mdr_cap_vnd")));
        return new MerchantView(row.getLong("id"), row.getString("name"), row.getString("mcc"),
                row.getString("address"), row.getString("settlement_bin"),
                Masking.account(row.getString("settlement_account")), row.getString("settlement_holder"), mdr,
                row.getString("status"), new ArrayList<>(List.of(row.getArrayOfStrings("terminals"))),
                row.getLong("qr_codes"));
    }
}
