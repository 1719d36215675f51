package vn.ansinh.access;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.platform.DomainException;

/** Creates and lists users. Who may sign in is part of the audited record. */
@ApplicationScoped
public class UserDirectory {

    @Inject PasswordHasher hasher;
    @Inject AuditLog audit;
    @Inject Vertx vertx;

    public Uni<AppUser> create(NewUser request, String actor) {
        var user = request.validated();
        // bcrypt is slow on purpose; executeBlocking keeps it off the event loop and returns to this context.
        return vertx.executeBlocking(Uni.createFrom().item(() -> hasher.hash(user.password())))
                .chain(hash -> Panache.withTransaction(() -> AppUser.findByUsername(user.username())
                        .chain(existing -> existing != null
                                ? Uni.createFrom().failure(DomainException.conflict("USER_EXISTS",
                                        "A user named " + user.username() + " already exists."))
                                : persist(user, hash, actor))));
    }

    /** For callers that already hashed (start-up seeding), inside their own transaction. */
    Uni<AppUser> persist(NewUser user, String hash, String actor) {
        var entity = new AppUser();
        entity.username = user.username();
        entity.displayName = user.displayName();
        entity.passwordHash = hash;
        entity.roles = user.roles().toArray(String[]::new);
        entity.bankBin = user.bankBin();
        entity.enabled = true;
        var facts = new java.util.HashMap<String, Object>(Map.of("roles", user.roles()));
        user.bankBinOptional().ifPresent(bin -> facts.put("bankBin", bin));
        return entity.<AppUser>persist()
                .call(saved -> audit.append(new AuditEvent(actor, "USER_CREATED", "user:" + saved.username, facts)));
    }

    public Uni<List<AppUser>> list() {
        return Panache.withSession(() -> AppUser.<AppUser>listAll());
    }
}
