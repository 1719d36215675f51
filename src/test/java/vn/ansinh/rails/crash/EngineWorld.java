package vn.ansinh.rails.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.fixtures.generation.Generator;
import vn.ansinh.fixtures.generation.Preset;
import vn.ansinh.fixtures.payments.BankPayments;
import vn.ansinh.fixtures.payments.PaymentFaults;
import vn.ansinh.fixtures.sandbox.Sandbox;
import vn.ansinh.fixtures.sandbox.SandboxConfig;
import vn.ansinh.testing.EngineTestResource;

/**
 * Everything engines started as processes share: the simulated banks in this JVM (so their ledgers can be read
 * directly), a database of their own, token keys, and dispatch waits short enough that an expired lease after a kill
 * comes back in seconds. Closing it kills every engine still running and drops the database.
 */
final class EngineWorld implements AutoCloseable {

    private final Sandbox sandbox;
    private final ScratchDatabase database;
    private final EngineProcess.Settings settings;
    private final List<EngineProcess> engines = new ArrayList<>();

    private EngineWorld(Sandbox sandbox, ScratchDatabase database, EngineProcess.Settings settings) {
        this.sandbox = sandbox;
        this.database = database;
        this.settings = settings;
    }

    static EngineWorld open(String name, PaymentFaults faults, Map<String, String> dispatch) {
        try {
            Path work = Files.createDirectories(Path.of("target", name).toAbsolutePath());
            var generated = Generator.generate(Preset.DEMO.plan(1L, Preset.DEMO.defaultRows()), work.resolve("world"));
            Sandbox sandbox = Sandbox.start(SandboxConfig.forWorld(generated.world()).withPorts(0, 0));
            sandbox.bankPayments().setFaults(faults);
            ScratchDatabase database = ScratchDatabase.create(name);
            Map<String, String> keys = new EngineTestResource().start();
            Map<String, String> properties = new LinkedHashMap<>(SHORT_WAITS);
            properties.putAll(dispatch);
            var settings = new EngineProcess.Settings(Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath(),
                    database.url(), ScratchDatabase.env("DB_USER", "ansinh"), ScratchDatabase.env("DB_PASSWORD", "ansinh"),
                    sandbox.bankUrl(), sandbox.registryUrl(), Path.of(keys.get("mp.jwt.verify.publickey.location")),
                    Path.of(keys.get("smallrye.jwt.sign.key.location")), work, properties);
            return new EngineWorld(sandbox, database, settings);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot prepare the engines' world", failure);
        }
    }

    /** Waits an engine in prod would not use: leases of seconds, so a killed engine's work comes back quickly. */
    static final Map<String, String> SHORT_WAITS = Map.ofEntries(
            Map.entry("ansinh.dispatch.lease", "PT5S"),
            Map.entry("ansinh.dispatch.bank.timeout", "PT1S"),
            Map.entry("ansinh.dispatch.bank.retries-max", "1"),
            Map.entry("ansinh.dispatch.file-lease", "PT20S"),
            Map.entry("ansinh.dispatch.file-upload-timeout", "PT15S"),
            Map.entry("ansinh.dispatch.query-delay", "PT1S"),
            Map.entry("ansinh.dispatch.backoff-initial", "PT0.2S"),
            Map.entry("ansinh.dispatch.backoff-max", "PT2S"),
            Map.entry("ansinh.dispatch.file-status-interval", "PT0.5S"),
            Map.entry("ansinh.dispatch.notifications-interval", "PT1S"),
            Map.entry("ansinh.payout.completion-interval", "PT2S"));

    EngineProcess start(String name) {
        EngineProcess engine = EngineProcess.start(settings, name);
        engines.add(engine);
        return engine;
    }

    BankPayments bank() {
        return sandbox.bankPayments();
    }

    Connection connect() throws SQLException {
        return database.connectAsEngine();
    }

    @Override
    public void close() {
        try {
            engines.stream().filter(EngineProcess::alive).forEach(EngineProcess::kill);
            sandbox.close();
        } finally {
            database.close();
        }
    }
}
