package vn.ansinh.identity.registry;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.identity.Gender;
import vn.ansinh.platform.remote.CounterpartyGuard;
import vn.ansinh.platform.remote.JsonHttp;

/** The registry over its batch HTTP API, a batch per call, every call through the registry's guard. */
@ApplicationScoped
@DefaultBean
public class HttpPopulationRegistry implements PopulationRegistry {

    static final String BATCH_PATH = "/registry/v1/citizens/batch";

    private final JsonHttp http;
    private final CounterpartyGuard<List<Citizen>> guard;
    private final int batchSizeMax;

    @Inject
    public HttpPopulationRegistry(Vertx vertx, RegistryConfig config) {
        var registry = config;
        this.http = new JsonHttp(vertx, "population-registry", registry);
        this.guard = new CounterpartyGuard<>("population-registry", registry, new TypeLiteral<>() {});
        this.batchSizeMax = registry.batchSizeMax();
    }

    @Override
    public Uni<Map<String, Citizen>> lookup(Collection<String> cccds) {
        if (cccds.isEmpty()) return Uni.createFrom().item(Map.of());
        var list = List.copyOf(cccds);
        var calls = new ArrayList<Uni<List<Citizen>>>();
        for (int from = 0; from < list.size(); from += batchSizeMax) {
            var batch = list.subList(from, Math.min(list.size(), from + batchSizeMax));
            calls.add(guard.call(() -> http.post(BATCH_PATH, new JsonObject().put("cccds", new JsonArray(batch)))
                    .map(HttpPopulationRegistry::citizens)));
        }
        return Uni.join().all(calls).andFailFast().map(answers -> {
            var found = new HashMap<String, Citizen>(list.size() * 2);
            answers.forEach(batch -> batch.forEach(citizen -> found.put(citizen.cccd(), citizen)));
            return found;
        });
    }

    static List<Citizen> citizens(JsonObject answer) {
        var out = new ArrayList<Citizen>();
        for (Object item : answer.getJsonArray("citizens", new JsonArray())) {
            var json = (JsonObject) item;
            out.add(new Citizen(json.getString("cccd"), json.getString("fullName"),
                    LocalDate.parse(json.getString("dateOfBirth")),
                    "F".equals(json.getString("gender")) ? Gender.FEMALE : Gender.MALE,
                    "DECEASED".equals(json.getString("status")),
                    json.getString("provinceCode", ""), json.getString("communeCode", "")));
        }
        return out;
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
