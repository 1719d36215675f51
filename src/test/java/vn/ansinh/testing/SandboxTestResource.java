package vn.ansinh.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.ansinh.fixtures.generation.Generator;
import vn.ansinh.fixtures.generation.Preset;
import vn.ansinh.fixtures.sandbox.Sandbox;
import vn.ansinh.fixtures.sandbox.SandboxConfig;

/**
 * The outside world for engine tests: the generator's demo world (seeded, so counts are known) served by the
 * registry and bank simulators on loopback ports, and the engine pointed at them.
 */
public class SandboxTestResource implements QuarkusTestResourceLifecycleManager {

    public static final long SEED = 20261122L;
    private static volatile Sandbox sandbox;
    private static volatile Path worldDir;

    @Override
    public Map<String, String> start() {
        try {
            worldDir = Files.createDirectories(Path.of("target", "sandbox-world"));
            var result = Generator.generate(Preset.DEMO.plan(SEED, Preset.DEMO.defaultRows()), worldDir);
            sandbox = Sandbox.start(SandboxConfig.forWorld(result.world()).withPorts(0, 0));
            return Map.of(
                    "ansinh.registry.url", sandbox.registryUrl().toString(),
                    "ansinh.bank.url", sandbox.bankUrl().toString(),
                    "ansinh.intake.spool-dir", Path.of("target", "spool").toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox for the tests", e);
        }
    }

    @Override
    public void stop() {
        if (sandbox != null) sandbox.close();
    }

    public static Sandbox sandbox() {
        return sandbox;
    }

    /** Where the demo world's files are: beneficiaries.csv/.xlsx and expected.json among them. */
    public static Path world() {
        return worldDir;
    }
}
