package vn.ansinh.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.Tokens;

/** Users sign in with a password and get a token their role limits; every refusal is problem+json. */
@QuarkusTest
class AuthTokenTest {

    private static final String PASSWORD = "correct horse battery";

    private static String createUser(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.forRole(Roles.ADMIN)).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Người thử", "password", PASSWORD,
                        "roles", List.of(role)))
                .post("/admin/users")
                .then().statusCode(201).body("username", equalTo(username)).body("$", not(hasItem("passwordHash")));
        return username;
    }

    /** Proves that a created user gets a token with the right password and that the token carries the role. */
    @Test
    void rightPasswordGetsAWorkingToken() {
        String auditor = createUser(Roles.AUDITOR);
        String token = given().contentType("application/json").body(Map.of("username", auditor, "password", PASSWORD))
                .post("/auth/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer")).body("expires_in", notNullValue())
                .extract().path("access_token");
        given().auth().oauth2(token).get("/audit/verify").then().statusCode(200);
        given().auth().oauth2(token).get("/admin/users").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    /** Proves that a wrong password and an unknown user get the same 401 problem, naming no more than needed. */
    @Test
    void wrongPasswordAndUnknownUserAreTheSameRefusal() {
        String officer = createUser(Roles.OFFICER);
        for (var credentials : List.of(Map.of("username", officer, "password", "wrong password!"),
                Map.of("username", "nobody-" + UUID.randomUUID(), "password", PASSWORD))) {
            given().contentType("application/json").body(credentials).post("/auth/token")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("INVALID_CREDENTIALS"))
                    .body("detail", equalTo("Unknown user or wrong password."))
                    .body("status", equalTo(401));
        }
    }

    /** Proves that invalid input is answered with one problem listing every bad field. */
    @Test
    void invalidUserNamesEveryBadField() {
        given().auth().oauth2(Tokens.forRole(Roles.ADMIN)).contentType("application/json")
                .body(Map.of("username", "X", "displayName", "", "password", "short", "roles", List.of("root")))
                .post("/admin/users")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("USER_INVALID"))
                .body("violations.field", containsInAnyOrder("username", "displayName", "password", "roles"))
                .body("type", startsWith("urn:ansinh:problem:"))
                .body("$", not(hasItem("stackTrace")));
    }

    /** Proves that malformed JSON is a 400 problem, not an internal error. */
    @Test
    void malformedJsonIsAProblem() {
        given().contentType("application/json").body("{\"username\": ").post("/auth/token")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_JSON"));
    }

    /** Proves that a token signed by someone else's key is refused. */
    @Test
    void forgedTokenIsRefused() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = io.smallrye.jwt.build.Jwt.issuer("ansinh").upn("mallory").groups("admin")
                .sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/admin/users").then().statusCode(401);
    }
}
