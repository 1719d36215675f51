package vn.ansinh.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ansinh.access.Roles;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.Tokens;

/** The audit chain records changes in their own transaction and names the first entry someone altered. */
@QuarkusTest
class AuditChainTest {

    private static JsonPath verify() {
        return given().auth().oauth2(Tokens.forRole(Roles.AUDITOR)).get("/audit/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void auditedChange() {
        given().auth().oauth2(Tokens.forRole(Roles.ADMIN)).contentType("application/json")
                .body(Map.of("username", "audit-" + UUID.randomUUID().toString().substring(0, 8),
                        "displayName", "Kiểm toán", "password", "long enough password", "roles", List.of("auditor")))
                .post("/admin/users").then().statusCode(201);
    }

    /** Proves that an audited change moves the head by one entry and verify reports the stored head hash. */
    @Test
    void changeAppendsOneLinkAndVerifyReportsTheHead() throws SQLException {
        long before = verify().getLong("headSeq");
        auditedChange();
        var after = verify();
        assertEquals("OK", after.getString("status"));
        assertEquals(before + 1, after.getLong("headSeq"));
        try (Connection db = AdminDatabase.connect(); var rs = db.createStatement()
                .executeQuery("select hash from audit_head")) {
            rs.next();
            assertEquals(rs.getString(1), after.getString("headHash"));
        }
    }

    /** Proves that the engine's own database role cannot rewrite or delete history. */
    @Test
    void tableRefusesUpdateAndDelete() throws SQLException {
        auditedChange();
        try (Connection db = AdminDatabase.connectAsEngine(); var statement = db.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("update audit_entry set actor = 'x'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_entry"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate audit_entry"));
        }
    }

    /** Proves that a row altered behind the engine's back (trigger disabled, as a superuser) is named by verify. */
    @Test
    void tamperingIsFoundAtTheAlteredRow() throws SQLException {
        auditedChange();
        auditedChange();
        long target;
        String original;
        try (Connection db = AdminDatabase.connect(); var statement = db.createStatement()) {
            var rs = statement.executeQuery("select seq, actor from audit_entry order by seq desc offset 1 limit 1");
            rs.next();
            target = rs.getLong(1);
            original = rs.getString(2);
            alter(db, "update audit_entry set actor = 'mallory' where seq = " + target);
        }
        try {
            var broken = verify();
            assertEquals("BROKEN", broken.getString("status"));
            assertEquals(target, broken.getLong("firstBrokenSeq"));
            assertEquals("HASH_MISMATCH", broken.getString("reason"));
        } finally {
            try (Connection db = AdminDatabase.connect()) {
                alter(db, "update audit_entry set actor = '" + original.replace("'", "''") + "' where seq = " + target);
            }
        }
        assertEquals("OK", verify().getString("status"));
    }

    /** Proves that cutting entries off the end of the chain is found through the recorded head. */
    @Test
    void truncatedTailIsFound() throws SQLException {
        auditedChange();
        long head = verify().getLong("headSeq");
        try (Connection db = AdminDatabase.connect(); var statement = db.createStatement()) {
            assertTrue(head > 0);
            statement.executeUpdate("update audit_head set seq = seq + 1");
        }
        try {
            var broken = verify();
            assertEquals("BROKEN", broken.getString("status"));
            assertEquals("HEAD_MISMATCH", broken.getString("reason"));
        } finally {
            try (Connection db = AdminDatabase.connect(); var statement = db.createStatement()) {
                statement.executeUpdate("update audit_head set seq = seq - 1");
            }
        }
        assertEquals("OK", verify().getString("status"));
    }

    private static void alter(Connection db, String sql) throws SQLException {
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_no_update");
            statement.executeUpdate(sql);
            statement.execute("alter table audit_entry enable trigger audit_entry_no_update");
        }
        db.commit();
    }
}
