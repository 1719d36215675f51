package vn.ansinh.banking.inquiry;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.platform.remote.CounterpartyGuard;
import vn.ansinh.platform.remote.CounterpartyUnavailable;
import vn.ansinh.platform.remote.JsonHttp;

/** Account-name inquiry over the banks' batch HTTP API; one guard for the banks' service as a whole. */
@ApplicationScoped
@DefaultBean
public class HttpAccountInquiry implements AccountInquiry {

    private final JsonHttp http;
    private final CounterpartyGuard<List<AccountHolder>> guard;
    private final int batchSizeMax;

    @Inject
    public HttpAccountInquiry(Vertx vertx, BankConfig config) {
        var bank = config;
        this.http = new JsonHttp(vertx, "bank-inquiry", bank);
        this.guard = new CounterpartyGuard<>("bank-inquiry", bank, new TypeLiteral<>() {});
        this.batchSizeMax = bank.batchSizeMax();
    }

    @Override
    public Uni<Map<String, AccountHolder>> inquire(String bin, Collection<String> accountNumbers) {
        if (accountNumbers.isEmpty()) return Uni.createFrom().item(Map.of());
        var list = List.copyOf(accountNumbers);
        var calls = new ArrayList<Uni<List<AccountHolder>>>();
        String path = "/banks/" + bin + "/v1/account-inquiry/batch";
        for (int from = 0; from < list.size(); from += batchSizeMax) {
            var batch = list.subList(from, Math.min(list.size(), from + batchSizeMax));
            calls.add(guard.call(() -> http.post(path, new JsonObject().put("accountNumbers", new JsonArray(batch)))
                    .map(answer -> holders(bin, answer))));
        }
        return Uni.join().all(calls).andFailFast().map(answers -> {
            var byAccount = new HashMap<String, AccountHolder>(list.size() * 2);
            answers.forEach(batch -> batch.forEach(holder -> byAccount.put(holder.accountNumber(), holder)));
            for (String account : list) {
                if (!byAccount.containsKey(account)) {
                    throw new CounterpartyUnavailable("bank-inquiry", "bank " + bin + " left an account unanswered", null);
                }
            }
            return byAccount;
        });
    }

    static List<AccountHolder> holders(String bin, JsonObject answer) {
        var out = new ArrayList<AccountHolder>();
        for (Object item : answer.getJsonArray("results", new JsonArray())) {
            var json = (JsonObject) item;
            out.add(new AccountHolder(bin, json.getString("accountNumber"),
                    AccountStatus.valueOf(json.getString("status")), json.getString("holderName", "")));
        }
        return out;
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
