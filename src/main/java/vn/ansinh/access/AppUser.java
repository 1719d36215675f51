package vn.ansinh.access;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A person who signs in to ansinh. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    public String[] roles;

    @Column(name = "bank_bin")
    public String bankBin;

    public boolean enabled;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static Uni<AppUser> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public List<String> roleList() {
        return List.of(roles);
    }

    public Optional<String> bank() {
        return Optional.ofNullable(bankBin).map(String::strip);
    }
}
