package vn.ansinh.rails.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own for engines started as processes, beside the one the other tests share (named after it:
 * {@code ansinh} gives {@code ansinh_crash}). Their dispatchers work every outbox row they find, so they must not
 * find other tests' rows. Made empty (the first engine migrates it) and dropped at the end; made with the
 * superuser of ops/test (DB_ADMIN_USER), owned by the engine's role.
 */
final class ScratchDatabase implements AutoCloseable {

    private final String server;
    private final String name;

    private ScratchDatabase(String server, String name) {
        this.server = server;
        this.name = name;
    }

    static ScratchDatabase create(String suffix) {
        if (!suffix.matches("[a-z0-9_]{1,20}")) {
            throw new IllegalArgumentException("suffix must be 1..20 of [a-z0-9_]: " + suffix);
        }
        String base = env("DB_URL", "postgresql://127.0.0.1:55432/ansinh");
        int slash = base.lastIndexOf('/');
        int query = base.indexOf('?', slash);
        String baseName = query < 0 ? base.substring(slash + 1) : base.substring(slash + 1, query);
        ScratchDatabase database = new ScratchDatabase(base.substring(0, slash), baseName + "_" + suffix);
        database.execute("drop database if exists " + database.name + " with (force)");
        database.execute("create database " + database.name + " owner " + env("DB_USER", "ansinh"));
        return database;
    }

    /** The database in the form the engine's DB_URL takes: postgresql://host:port/name. */
    String url() {
        return server + "/" + name;
    }

    Connection connectAsEngine() throws SQLException {
        return DriverManager.getConnection("jdbc:" + url(), env("DB_USER", "ansinh"), env("DB_PASSWORD", "ansinh"));
    }

    @Override
    public void close() {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) {
        try (Connection admin = DriverManager.getConnection("jdbc:" + server + "/postgres",
                env("DB_ADMIN_USER", "postgres"), env("DB_ADMIN_PASSWORD", ""));
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot run `" + sql + "` as DB_ADMIN_USER", failure);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
