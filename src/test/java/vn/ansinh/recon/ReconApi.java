package vn.ansinh.recon;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.access.Roles;
import vn.ansinh.testing.Tokens;

/** The engine's reconciliation API as the tests call it. */
final class ReconApi {

    private ReconApi() {
    }

    static String auditor() {
        return Tokens.as("auditor-recon", Roles.AUDITOR);
    }

    static String officer() {
        return Tokens.as("officer-recon", Roles.OFFICER);
    }

    /** A bank's token carries the BIN it may act for, as the engine issues it. */
    static String bank(String bin) {
        return Jwt.issuer("ansinh").upn("bank-" + bin).subject("bank-" + bin).groups(Set.of(Roles.BANK))
                .claim("bank_bin", bin).expiresIn(Duration.ofMinutes(5)).sign();
    }

    static Response upload(String token, String name, byte[] file) {
        return given().auth().oauth2(token).multiPart("file", name, file, "application/xml").post("/statements");
    }

    static JsonPath uploaded(String name, byte[] file) {
        return upload(officer(), name, file).then().statusCode(201).extract().jsonPath();
    }

    static Response reconcile(String bin, String account, LocalDate from, LocalDate to) {
        return given().auth().oauth2(auditor()).contentType("application/json")
                .body(Map.of("bankBin", bin, "account", account, "from", from.toString(), "to", to.toString()))
                .post("/reconciliations");
    }

    static List<Map<String, Object>> breaks(long id) {
        return given().auth().oauth2(auditor()).get("/reconciliations/" + id + "/breaks").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> matches(long id) {
        return given().auth().oauth2(auditor()).get("/reconciliations/" + id + "/matches").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> proposals(long id) {
        return given().auth().oauth2(auditor()).get("/reconciliations/" + id + "/proposals").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static JsonPath post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path).then()
                .statusCode(200).extract().jsonPath();
    }
}
