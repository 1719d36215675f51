package vn.ansinh.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A superuser connection to the engine's database, for tests that act behind the engine's back (tampering with
 * the audit chain as an attacker with database access would). ops/test provides DB_ADMIN_USER.
 */
public final class AdminDatabase {

    private AdminDatabase() {}

    public static Connection connect() throws SQLException {
        String url = "jdbc:" + env("DB_URL", "postgresql://127.0.0.1:55432/ansinh");
        return DriverManager.getConnection(url, env("DB_ADMIN_USER", "postgres"), env("DB_ADMIN_PASSWORD", ""));
    }

    public static Connection connectAsEngine() throws SQLException {
        String url = "jdbc:" + env("DB_URL", "postgresql://127.0.0.1:55432/ansinh");
        return DriverManager.getConnection(url, env("DB_USER", "ansinh"), env("DB_PASSWORD", "ansinh"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
