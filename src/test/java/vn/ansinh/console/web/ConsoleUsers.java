package vn.ansinh.console.web;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ansinh.access.Roles;
import vn.ansinh.testing.Tokens;

/** People who sign in to the console in tests: made through the admin API with a password, fresh names each time. */
final class ConsoleUsers {

    record Person(String username, String password) {}

    private ConsoleUsers() {}

    static Person create(String prefix, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.as("admin-console-test", Roles.ADMIN)).contentType("application/json")
                .body(Map.of("username", username, "displayName", "Cán bộ " + prefix, "password", password,
                        "roles", List.of(roles)))
                .post("/admin/users").then().statusCode(201);
        return new Person(username, password);
    }

    /** Signs in through the console's form as a browser would, answering the session cookie's value. */
    static String session(Person person) {
        return given().redirects().follow(false).header("Origin", origin()).contentType("application/x-www-form-urlencoded")
                .formParam("username", person.username()).formParam("password", person.password())
                .post("/console/login").then().statusCode(303).extract().cookie("ansinh_console");
    }

    static String origin() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }
}
