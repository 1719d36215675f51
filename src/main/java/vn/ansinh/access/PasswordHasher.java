package vn.ansinh.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt through Elytron. Hashing and checking cost tens of milliseconds on purpose, so callers run them on a
 * worker thread, never on the event loop.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int COST = 11;
    static final int PASSWORD_LENGTH_MIN = 10;
    /** bcrypt reads only the first 72 bytes; a longer password would give a false sense of strength. */
    static final int PASSWORD_BYTES_MAX = 72;

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Checked against when the user does not exist, so both answers take the same time. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-never-used", COST);

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String hash) {
        try {
            var factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            var stored = (BCryptPassword) factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    public void spendDecoyTime(String password) {
        matches(password, DECOY);
    }
}
