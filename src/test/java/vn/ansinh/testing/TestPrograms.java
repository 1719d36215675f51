package vn.ansinh.testing;

import java.sql.SQLException;
import java.util.UUID;

/** A fresh program per test, so uploads of the same demo file never collide across tests or runs. */
public final class TestPrograms {

    private TestPrograms() {}

    public static String create() throws SQLException {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (var db = AdminDatabase.connectAsEngine(); var insert = db.prepareStatement(
                "insert into program (code, name, province_code) values (?, ?, '079')")) {
            insert.setString(1, code);
            insert.setString(2, "Chương trình thử " + code);
            insert.executeUpdate();
        }
        return code;
    }
}
