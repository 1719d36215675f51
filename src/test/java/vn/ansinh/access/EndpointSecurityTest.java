package vn.ansinh.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.Tokens;

/** Deny by default: every endpoint the engine registers refuses the anonymous and the wrong role. */
@QuarkusTest
class EndpointSecurityTest {

    /** The only endpoints anyone may call without a token. Adding one here is a security decision. */
    static final Set<String> PUBLIC = Set.of("POST /auth/token",
            // The console's sign-in form, its answer, and the language switch: nothing behind them without a session.
            "GET /console/login", "POST /console/login", "GET /console/language");

    record Endpoint(String verb, String path, Method method, Class<?> resource) {
        String key() { return verb + " " + path; }

        Set<String> roles() {
            var allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                    : resource.getAnnotation(RolesAllowed.class);
            return allowed == null ? Set.of() : Set.of(allowed.value());
        }

        boolean permitAll() {
            return method.isAnnotationPresent(PermitAll.class)
                    || (!method.isAnnotationPresent(RolesAllowed.class) && resource.isAnnotationPresent(PermitAll.class));
        }

        String contentType() {
            var consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                    : resource.getAnnotation(Consumes.class);
            return consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
        }

        String callablePath() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        /** Console pages serve people in a browser: without a session they send them to sign in instead of a 401. */
        boolean console() {
            return path.equals("/console") || path.startsWith("/console/");
        }
    }

    /** Proves that every endpoint declares who may call it, and only the known public ones are open. */
    @Test
    void everyEndpointDeclaresItsRoles() throws Exception {
        var endpoints = endpoints();
        assertTrue(endpoints.size() >= 4, "found only " + endpoints);
        for (var endpoint : endpoints) {
            boolean declared = !endpoint.roles().isEmpty() || endpoint.permitAll();
            assertTrue(declared, endpoint.key() + " declares no roles");
            assertEquals(PUBLIC.contains(endpoint.key()), endpoint.permitAll(), endpoint.key() + " public?");
        }
    }

    /** Proves that an anonymous call to any non-public endpoint is refused with 401, or for a console page sent to sign in. */
    @Test
    void anonymousIsRefused() throws Exception {
        int consolePages = 0;
        for (var endpoint : endpoints()) {
            if (PUBLIC.contains(endpoint.key())) continue;
            var response = withBody(given().redirects().follow(false), endpoint)
                    .request(endpoint.verb(), endpoint.callablePath());
            if (endpoint.console()) {
                assertEquals(303, response.statusCode(), endpoint.key());
                assertTrue(response.getHeader("Location").endsWith("/console/login"), endpoint.key());
                consolePages++;
            } else {
                assertEquals(401, response.statusCode(), endpoint.key());
            }
        }
        assertTrue(consolePages > 10, "console endpoints found: " + consolePages);
    }

    /** Proves that a signed-in user whose role is not among an endpoint's roles gets 403. */
    @Test
    void wrongRoleIsForbidden() throws Exception {
        int checked = 0;
        for (var endpoint : endpoints()) {
            var outsider = vn.ansinh.access.Roles.ALL.stream().filter(role -> !endpoint.roles().contains(role)).findFirst();
            if (endpoint.permitAll() || outsider.isEmpty()) continue;
            int status = withBody(given().auth().oauth2(Tokens.forRole(outsider.get())), endpoint)
                    .request(endpoint.verb(), endpoint.callablePath()).statusCode();
            assertEquals(403, status, endpoint.key() + " as " + outsider.get());
            checked++;
        }
        assertTrue(checked > 0);
    }

    /** Proves that health, metrics and the OpenAPI document stay open for operators and tools. */
    @Test
    void operationsEndpointsAreOpen() {
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi")) {
            assertEquals(200, given().get(path).statusCode(), path);
        }
    }

    /** Proves the readiness check reports the acquirer host (enabled in tests) as accepting, with its port. */
    @Test
    void readinessIncludesTheAcquirerHost() {
        var check = given().get("/q/health/ready").jsonPath();
        assertEquals("UP", check.getString("checks.find { it.name == 'acquirer-host' }.status"));
        assertEquals(true, check.getBoolean("checks.find { it.name == 'acquirer-host' }.data.enabled"));
        assertEquals(true, check.getInt("checks.find { it.name == 'acquirer-host' }.data.port") > 0);
    }

    /** A harmless body of the kind the endpoint consumes, so the refusal comes from security, not parsing. */
    private static io.restassured.specification.RequestSpecification withBody(
            io.restassured.specification.RequestSpecification request, Endpoint endpoint) {
        // Console posts must come from the console's own origin (ConsolePagesTest proves the refusal otherwise).
        if (endpoint.console()) request = request.header("Origin", "http://localhost:" + io.restassured.RestAssured.port);
        if (endpoint.contentType().startsWith("multipart/")) return request.multiPart("file", "empty.csv", new byte[0]);
        if (endpoint.contentType().contains("json")) return request.contentType(endpoint.contentType()).body("{}");
        return request.contentType(endpoint.contentType()).body("");
    }

    /** Every JAX-RS resource method compiled into the engine, found by reading the build's class files. */
    static List<Endpoint> endpoints() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        var found = new ArrayList<Endpoint>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root.resolve("vn/ansinh"))) {
            classFiles = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            var classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) continue;
            for (Method method : type.getDeclaredMethods()) {
                var verb = Arrays.stream(method.getAnnotations())
                        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).findFirst();
                if (verb.isEmpty()) continue;
                var methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                found.add(new Endpoint(verb.get().value(), path, method, type));
            }
        }
        assertFalse(found.isEmpty(), "no resources found under " + root.toAbsolutePath());
        return found;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
