package vn.ansinh.beneficiary;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The programs a province pays, by code. */
@ApplicationScoped
public class Programs {

    /** A program as officers see it. */
    public record Program(String code, String name, String provinceCode) {}

    @Inject Pool pool;

    public Uni<Optional<Program>> find(String code) {
        return pool.preparedQuery("select code, name, province_code from program where code = $1").execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(program(rows.iterator().next())));
    }

    public Uni<List<Program>> all() {
        return pool.query("select code, name, province_code from program order by code").execute().map(rows -> {
            var out = new ArrayList<Program>();
            rows.forEach(row -> out.add(program(row)));
            return out;
        });
    }

    /** Creates the program unless it exists; returns whether it was created. */
    public Uni<Boolean> createIfAbsent(SqlClient sql, Program program) {
        return sql.preparedQuery("insert into program (code, name, province_code) values ($1, $2, $3) "
                        + "on conflict (code) do nothing").execute(Tuple.of(program.code(), program.name(), program.provinceCode()))
                .map(result -> result.rowCount() == 1);
    }

    private static Program program(io.vertx.mutiny.sqlclient.Row row) {
        return new Program(row.getString(0), row.getString(1), row.getString(2));
    }
}
