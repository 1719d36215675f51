package vn.ansinh.recon.statement;

import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.BlockingSql;

/**
 * Whose account a statement is of: the bank of the program that pays from it. A statement of an account no program
 * pays from is refused, and so is one a bank sends for an account at another bank.
 */
@ApplicationScoped
public class FundingAccounts {

    private static final String FUNDING_BINS = """
            select distinct funding_bin from program where funding_account = $1 and funding_bin is not null
                and ($2::text is null or funding_bin = $2::text) order by funding_bin""";

    @Inject BlockingSql sql;

    Map<String, String> binByAccount(List<StatementFacts> statements, Uploader uploader, String fileName) {
        Map<String, String> binByAccount = new LinkedHashMap<>();
        for (StatementFacts facts : statements) {
            Optional<String> account = facts.summary().header().account();
            if (account.isEmpty()) {
                throw new DomainException(DomainException.Kind.INVALID, "STATEMENT_ACCOUNT_MISSING", "Statement '"
                        + facts.summary().header().statementId() + "' names no account.", fileName, List.of());
            }
            if (!binByAccount.containsKey(account.get())) {
                binByAccount.put(account.get(), fundingBin(account.get(), uploader, fileName));
            }
        }
        return binByAccount;
    }

    private String fundingBin(String account, Uploader uploader, String fileName) {
        List<String> bins = new ArrayList<>();
        sql.await(sql.pool().preparedQuery(FUNDING_BINS).execute(Tuple.of(account, uploader.onlyBin().orElse(null))))
                .forEach(row -> bins.add(row.getString(0)));
        if (bins.size() == 1) {
            return bins.getFirst();
        }
        String masked = Masking.account(account);
        if (bins.isEmpty() && uploader.bank()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "STATEMENT_ACCOUNT_NOT_YOURS", "Account "
                    + masked + " is not the funding account of any program at bank " + uploader.onlyBin().orElseThrow()
                    + "; a bank sends statements of its own accounts only.", fileName, List.of());
        }
        if (bins.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "STATEMENT_ACCOUNT_UNKNOWN", "Account " + masked
                    + " is not the funding account of any program" + uploader.onlyBin().map(bin -> " at bank " + bin)
                    .orElse("") + ".", fileName, List.of());
        }
        throw new DomainException(DomainException.Kind.INVALID, "STATEMENT_BANK_AMBIGUOUS", "Account " + masked
                + " funds programs at banks " + bins + "; name the bank with ?bankBin=.", fileName, List.of());
    }
}
