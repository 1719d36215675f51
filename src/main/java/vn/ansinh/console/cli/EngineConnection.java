package vn.ansinh.console.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * How a command reaches the engine: its URL and who is asking. A token comes from ANSINH_TOKEN, or is fetched
 * with a user and password (ANSINH_PASSWORD, or the demo logins file that {@code ops/run} wrote).
 * <p>
 * A fetched token is kept for the life of the command: signing in costs the engine a bcrypt hash, and a command
 * that follows a long import asks every second. When the engine answers 401 (the token expired), the command
 * signs in once more and repeats the request.
 */
public final class EngineConnection {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--url", description = "Engine URL (env ANSINH_URL, default http://localhost:8080).")
    String url = env("ANSINH_URL").orElse("http://localhost:8080");

    @Option(names = "--user", description = "Sign in as this user (env ANSINH_USER).")
    String user = env("ANSINH_USER").orElse(null);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String signedInToken;

    /** A response that the command prints as it came: status and JSON body. */
    public record Reply(int status, JsonNode body) {
        public boolean ok() { return status / 100 == 2; }
    }

    public Reply get(String path, String defaultUser) throws IOException, InterruptedException {
        return sendSignedIn(defaultUser, token -> HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build());
    }

    /** Sends a JSON body with POST; an empty object when the step takes none. */
    public Reply post(String path, JsonNode body, String defaultUser) throws IOException, InterruptedException {
        String json = JSON.writeValueAsString(body);
        return sendSignedIn(defaultUser, token -> HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Sends a file as multipart/form-data field {@code file}, streamed from disk. */
    public Reply upload(String path, Path file, String defaultUser) throws IOException, InterruptedException {
        String boundary = "ansinh-" + java.util.UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName().toString().replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        var body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail));
        return sendSignedIn(defaultUser, token -> HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build());
    }

    private Reply sendSignedIn(String defaultUser, Function<String, HttpRequest> request)
            throws IOException, InterruptedException {
        var reply = send(request.apply(token(defaultUser)));
        if (reply.status() != 401 || signedInToken == null) return reply;
        signedInToken = null;
        return send(request.apply(token(defaultUser)));
    }

    private String token(String defaultUser) throws IOException, InterruptedException {
        var given = env("ANSINH_TOKEN");
        if (given.isPresent()) return given.get();
        if (signedInToken == null) signedInToken = signIn(defaultUser);
        return signedInToken;
    }

    private String signIn(String defaultUser) throws IOException, InterruptedException {
        String name = user != null ? user : defaultUser;
        String password = env("ANSINH_PASSWORD").or(() -> demoPassword(name)).orElseThrow(() ->
                new IllegalStateException("no credentials: set ANSINH_TOKEN, or ANSINH_USER and ANSINH_PASSWORD"));
        var body = JSON.writeValueAsString(Map.of("username", name, "password", password));
        var reply = send(HttpRequest.newBuilder(URI.create(url + "/auth/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (!reply.ok()) throw new IllegalStateException("sign-in as " + name + " refused: " + reply.body());
        return reply.body().get("access_token").asText();
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        return new Reply(response.statusCode(), body);
    }

    private static Optional<String> demoPassword(String name) {
        var file = env("ANSINH_DEMO_LOGINS_FILE").map(Path::of).filter(Files::isReadable);
        if (file.isEmpty()) return Optional.empty();
        try (var lines = Files.lines(file.get())) {
            return lines.filter(line -> line.startsWith(name + ":")).map(line -> line.substring(name.length() + 1))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
