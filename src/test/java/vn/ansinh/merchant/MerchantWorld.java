package vn.ansinh.merchant;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ansinh.access.Roles;
import vn.ansinh.fixtures.world.AccountStatus;
import vn.ansinh.fixtures.world.BankAccount;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.Tokens;

/** Helpers for merchant tests: tokens, onboarding through the API, fresh terminal ids and business dates. */
final class MerchantWorld {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private MerchantWorld() {
    }

    static String admin() {
        return Tokens.as("admin-merchant-test", Roles.ADMIN);
    }

    static String officer() {
        return Tokens.as("officer-merchant-test", Roles.OFFICER);
    }

    /** The switch's service user: a bank token with the switch's BIN. */
    static String theSwitch() {
        return Tokens.forRole(Roles.BANK);
    }

    static String terminalId() {
        var id = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** An account the sandbox's bank answers ACTIVE for. */
    static BankAccount activeAccount(int index) {
        List<BankAccount> active = SandboxTestResource.sandbox().world().accounts().stream()
                .filter(account -> account.status() == AccountStatus.ACTIVE).toList();
        return active.get(index % active.size());
    }

    static long onboard(String name, int index, Map<String, Object> mdr) {
        BankAccount account = activeAccount(index);
        return given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("name", name, "mcc", "5411", "address", "12 Lê Lợi, Quận 1, TP Hồ Chí Minh",
                        "settlementBank", account.bin(), "settlementAccount", account.accountNumber(), "mdr", mdr))
                .post("/merchant/merchants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void addTerminal(long merchantId, String terminalId) {
        given().auth().oauth2(admin()).contentType("application/json").body(Map.of("terminalId", terminalId))
                .post("/merchant/merchants/" + merchantId + "/terminals").then().statusCode(201);
    }

    static JsonPath issueQr(long merchantId, Map<String, Object> qr) {
        return given().auth().oauth2(admin()).contentType("application/json").body(qr)
                .post("/merchant/merchants/" + merchantId + "/qr-codes").then().statusCode(201).extract().jsonPath();
    }

    /**
     * Settles whatever date bookings go to now, so that what a test books next lands on a fresh date of its own,
     * untouched by earlier runs against the same database. Answers that fresh date.
     */
    static LocalDate startFreshBusinessDate() throws SQLException {
        LocalDate open = openDate();
        given().auth().oauth2(admin()).contentType("application/json").body(Map.of("businessDate", open.toString()))
                .post("/merchant/cutovers").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        return openDate();
    }

    static LocalDate openDate() throws SQLException {
        LocalDate calendar = new BusinessCalendar(java.time.LocalTime.of(23, 0)).dateOf(Clock.systemUTC().instant());
        try (var db = AdminDatabase.connectAsEngine(); var query = db.prepareStatement(
                "select greatest(?::date, (select coalesce(max(business_date) + 1, ?::date) from settlement_batch))")) {
            query.setObject(1, calendar);
            query.setObject(2, calendar);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, LocalDate.class);
            }
        }
    }
}
