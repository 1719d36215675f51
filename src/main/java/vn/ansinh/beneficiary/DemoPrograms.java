package vn.ansinh.beneficiary;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/**
 * The demo province (Thành phố Hồ Chí Minh, CCCD prefix 079) and its two programs, for {@code ops/run}: allowances
 * for people with meritorious service and social-assistance payments. Only when {@code ansinh.demo.enabled}.
 */
@ApplicationScoped
public class DemoPrograms {

    static final String DEMO_PROVINCE = "079";
    static final List<Programs.Program> PROGRAMS = List.of(
            new Programs.Program("NCC-079", "Trợ cấp người có công — TP. Hồ Chí Minh", DEMO_PROVINCE),
            new Programs.Program("BTXH-079", "Trợ cấp bảo trợ xã hội — TP. Hồ Chí Minh", DEMO_PROVINCE));

    @ConfigProperty(name = "ansinh.demo.enabled") boolean enabled;
    @Inject Programs programs;
    @Inject AuditLog audit;
    @Inject Pool pool;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) return;
        for (var program : PROGRAMS) {
            pool.withTransaction(connection -> programs.createIfAbsent(connection, program).call(created -> created
                    ? audit.append(connection, new AuditEvent("system:demo-seed", "PROGRAM_CREATED",
                            "program:" + program.code(), Map.of("name", program.name(), "province", program.provinceCode())))
                    : io.smallrye.mutiny.Uni.createFrom().nullItem()))
                    .await().atMost(Duration.ofSeconds(30));
        }
    }
}
