package vn.ansinh.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * What every engine test needs from outside: a token key pair made fresh for this run (nothing secret is kept in
 * the repository) and the database that ops/test started, named by DB_URL.
 */
public class EngineTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-keys"));
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            Path privateKey = dir.resolve("token-private.pem");
            Path publicKey = dir.resolve("token-public.pem");
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toAbsolutePath().toString(),
                    "smallrye.jwt.sign.key.location", privateKey.toAbsolutePath().toString());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot prepare token keys for the tests", e);
        }
    }

    @Override
    public void stop() {}

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
