package vn.ansinh.console.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.access.Roles;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.Tokens;

/** Data the console tests arrange through the API and read from the database: the demo list, queries. */
final class ConsoleWorld {

    static final Duration LIST_WAIT_MAX = Duration.ofSeconds(120);
    static final String FUNDING_BIN = "970436";

    private ConsoleWorld() {}

    static java.io.File demoList() {
        return SandboxTestResource.world().resolve("beneficiaries.csv").toFile();
    }

    /** Uploads the demo list through the API as an officer and waits until every row has its outcome. */
    static long enrolledList(String program) throws InterruptedException {
        String officer = Tokens.as("officer-api", Roles.OFFICER);
        long id = given().auth().oauth2(officer).multiPart("file", demoList())
                .post("/programs/" + program + "/beneficiary-lists").then().statusCode(202).extract().jsonPath().getLong("id");
        awaitList(program, id);
        return id;
    }

    static void awaitList(String program, long id) throws InterruptedException {
        var deadline = Instant.now().plus(LIST_WAIT_MAX);
        String status;
        do {
            Thread.sleep(200);
            status = given().auth().oauth2(Tokens.as("officer-api", Roles.OFFICER))
                    .get("/programs/" + program + "/beneficiary-lists/" + id).then().statusCode(200).extract().path("status");
        } while (!"COMPLETED".equals(status) && !"FAILED".equals(status) && Instant.now().isBefore(deadline));
        assertEquals("COMPLETED", status);
    }


    static List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        try (var db = AdminDatabase.connect(); var query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) query.setObject(i + 1, parameters[i]);
            var out = new ArrayList<List<Object>>();
            try (var result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    var row = new ArrayList<Object>();
                    for (int c = 1; c <= columns; c++) row.add(result.getObject(c));
                    out.add(row);
                }
            }
            return out;
        }
    }

}
