package vn.ansinh.access;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo province's people, for {@code ops/run}: one user per line of the logins file ({@code name:password}),
 * the role taken from the name. Only when {@code ansinh.demo.enabled}; existing users are left alone.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    /** The demo bank user speaks for Vietcombank. */
    static final String DEMO_BANK_BIN = "970436";

    @ConfigProperty(name = "ansinh.demo.enabled") boolean enabled;
    @ConfigProperty(name = "ansinh.demo.logins-file") Path loginsFile;
    @Inject PasswordHasher hasher;
    @Inject UserDirectory users;

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!enabled) return;
        for (var login : readLogins()) {
            var user = demoUser(login[0], login[1]);
            String hash = hasher.hash(user.password()); // on the start-up thread, where blocking is fine
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                    AppUser.findByUsername(user.username()).chain(existing -> existing != null
                            ? Uni.createFrom().item(existing)
                            : users.persist(user, hash, "system:demo-seed"))));
        }
        LOG.infof("demo users ready from %s", loginsFile);
    }

    private List<String[]> readLogins() throws IOException {
        if (!Files.exists(loginsFile)) {
            LOG.warnf("demo enabled but %s does not exist; no demo users created", loginsFile);
            return List.of();
        }
        return Files.readAllLines(loginsFile).stream().filter(line -> line.contains(":"))
                .map(line -> line.split(":", 2)).toList();
    }

    static NewUser demoUser(String name, String password) {
        String role = name.replaceAll("[0-9]+$", "");
        if (!Roles.ALL.contains(role)) throw new IllegalArgumentException("demo login for unknown role: " + name);
        return new NewUser(name, "Demo " + name, password, List.of(role),
                Roles.BANK.equals(role) ? DEMO_BANK_BIN : null).validated();
    }
}
