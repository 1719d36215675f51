package vn.ansinh.rails.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged engine ({@code target/quarkus-app/quarkus-run.jar}) as its own operating-system process in the prod
 * profile, with its dispatcher on: started against a database and the simulated banks, and killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux), so that nothing in it gets to finish, flush or roll back politely.
 */
final class EngineProcess {

    /** A busy two-core machine starts the engine in about ten seconds; a minute means it is not coming. */
    static final Duration START_WAIT_MAX = Duration.ofSeconds(90);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int httpPort;
    private final Path log;

    private EngineProcess(String name, Process process, int httpPort, Path log) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** What every engine of a test shares: the jar, the database, the banks, the token keys, the dispatch tuning. */
    record Settings(Path jar, String dbUrl, String dbUser, String dbPassword, URI bankUrl, URI registryUrl,
            Path publicKey, Path privateKey, Path workDir, Map<String, String> properties) {
    }

    /** Starts an engine named {@code name} (its spool and log are under the work directory) and waits until ready. */
    static EngineProcess start(Settings settings, String name) {
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException("no packaged engine at " + settings.jar().toAbsolutePath()
                    + ": the crash tests run after `package` (./mvnw verify)");
        }
        try {
            Path dir = Files.createDirectories(settings.workDir().resolve(name));
            Path log = dir.resolve("engine.log");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC"));
            settings.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-Dansinh.dispatch.spool-dir=" + dir.resolve("dispatch"),
                    "-Dansinh.intake.spool-dir=" + dir.resolve("spool"), "-jar", settings.jar().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> environment = builder.environment();
            environment.put("DB_URL", settings.dbUrl());
            environment.put("DB_USER", settings.dbUser());
            environment.put("DB_PASSWORD", settings.dbPassword());
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            environment.put("ANSINH_BANK_URL", settings.bankUrl().toString());
            environment.put("ANSINH_REGISTRY_URL", settings.registryUrl().toString());
            environment.put("ANSINH_TOKEN_PUBLIC_KEY", settings.publicKey().toString());
            environment.put("ANSINH_TOKEN_PRIVATE_KEY", settings.privateKey().toString());
            environment.remove("ANSINH_DISPATCH_BANK_URL");
            EngineProcess engine = new EngineProcess(name, builder.start(), port, log);
            engine.awaitReady();
            return engine;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot start engine " + name, failure);
        }
    }

    /** SIGKILL, then waits until the operating system has reaped the process. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, interrupted);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_WAIT_MAX);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("engine " + name + " exited with " + process.exitValue()
                        + " while starting; see " + log.toAbsolutePath());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(Duration.ofMillis(250));
        }
        kill();
        throw new IllegalStateException("engine " + name + " not ready within " + START_WAIT_MAX + "; see "
                + log.toAbsolutePath());
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
