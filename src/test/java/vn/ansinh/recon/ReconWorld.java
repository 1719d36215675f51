package vn.ansinh.recon;

import static vn.ansinh.testing.Jdbc.execute;
import static vn.ansinh.testing.Jdbc.firstLong;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.SandboxTestResource;

/**
 * A program paying from its own funding account at the sandbox bank, with payments written by SQL exactly as the
 * payout and rails rooms write them (V3's keys respected), booked at the sandbox bank as instant transfers under the
 * same end-to-end ids, and the funding account's camt.053 fetched back. One per test, so statements never mix.
 * Public because the console's page tests arrange their reconciliations the same way.
 */
public final class ReconWorld {

    public static final String BIN = "970436";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An account of the sandbox world that the bank credits without complaint. */
    public record Creditor(String bin, String account, String name) {}

    public record TestPayment(long id, String endToEndId, long amountVnd, Creditor creditor) {}

    final String program;
    public final String fundingAccount;
    private final long listId;
    private final long runId;
    private int nextLine = 1;

    private ReconWorld(String program, String fundingAccount, long listId, long runId) {
        this.program = program;
        this.fundingAccount = fundingAccount;
        this.listId = listId;
        this.runId = runId;
    }

    public static ReconWorld create() throws SQLException {
        String program = "R-" + digits(8);
        String funding = "8" + digits(12);
        try (Connection db = AdminDatabase.connectAsEngine()) {
            execute(db, "insert into program (code, name, province_code, funding_bin, funding_account, funding_name, rail) "
                    + "values (?, ?, '079', ?, ?, 'So Lao dong - Thuong binh va Xa hoi', 'INSTANT')",
                    program, "Đối soát thử " + program, BIN, funding);
            long list = firstLong(db, "insert into beneficiary_list (program_code, file_name, content_sha256, format, "
                    + "file_bytes, uploaded_by, status, rows_total) values (?, 'seed.csv', ?, 'CSV', 1, 'test', "
                    + "'COMPLETED', 0) returning id", program, hex(32));
            long run = firstLong(db, "insert into payout_run (program_code, period, status, created_by) "
                    + "values (?, '2025-01', 'DRAFT', 'test') returning id", program);
            return new ReconWorld(program, funding, list, run);
        }
    }

    /** Active accounts of the sandbox world, from a random place in its list so tests use different ones. */
    public static List<Creditor> creditors(int count) throws IOException {
        List<String> rows = Files.readAllLines(SandboxTestResource.world().resolve("accounts.csv"));
        List<Creditor> active = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            if (cells.length >= 4 && cells[3].equals("ACTIVE")) {
                active.add(new Creditor(cells[0], cells[1], cells[2]));
            }
        }
        int start = RANDOM.nextInt(active.size() - count);
        return List.copyOf(active.subList(start, start + count));
    }

    /** Sandbox today at 10:00 in Vietnam: when the payments of a test are handed to the bank. */
    public static Instant sentToday() {
        LocalDate today = SandboxTestResource.sandbox().bankPayments().today();
        return today.atTime(LocalTime.of(10, 0)).atZone(VIETNAM).toInstant();
    }

    public static LocalDate today() {
        return SandboxTestResource.sandbox().bankPayments().today();
    }

    /** A payment as the rails room leaves it: CREATED→SENT (and →ACCEPTED) events, state as given. */
    public TestPayment payment(Creditor creditor, long amountVnd, String state, Instant sentAt) throws SQLException {
        String endToEnd = "RC" + alphanumeric(18);
        int line = nextLine++;
        try (Connection db = AdminDatabase.connectAsEngine()) {
            String cccd = digits(12);
            long beneficiary = firstLong(db, "insert into beneficiary (program_code, cccd, full_name, date_of_birth, gender, "
                    + "benefit_amount_vnd, source_list_id) values (?, ?, ?, date '1958-05-01', 'M', ?, ?) returning id",
                    program, cccd, creditor.name(), amountVnd, listId);
            execute(db, "insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,"
                    + " amount_vnd, kind) values (?, ?, ?, ?, ?, ?, ?, ?, 'BENEFIT')", runId, line, beneficiary, cccd,
                    creditor.name(), creditor.bin(), creditor.account(), amountVnd);
            long id = firstLong(db, "insert into payment (end_to_end_id, run_id, line_no, program_code, period, "
                    + "beneficiary_id, debtor_bin, debtor_account, creditor_bin, creditor_account, creditor_name, "
                    + "amount_vnd, rail, state, created_at, state_changed_at) values (?, ?, ?, ?, '2025-01', ?, ?, ?, ?, "
                    + "?, ?, ?, 'INSTANT', ?, ?, ?) returning id", endToEnd, runId, line, program, beneficiary, BIN,
                    fundingAccount, creditor.bin(), creditor.account(), creditor.name(), amountVnd, state,
                    Timestamp.from(sentAt.minusSeconds(60)), Timestamp.from(sentAt));
            execute(db, "insert into payment_event (payment_id, seq, at, from_state, to_state, source, actor) "
                    + "values (?, 1, ?, 'CREATED', 'SENT', 'test', 'test')", id, Timestamp.from(sentAt));
            if (!state.equals("SENT")) {
                execute(db, "insert into payment_event (payment_id, seq, at, from_state, to_state, source, actor) "
                        + "values (?, 2, ?, 'SENT', ?, 'test', 'test')", id, Timestamp.from(sentAt.plusSeconds(1)), state);
            }
            return new TestPayment(id, endToEnd, amountVnd, creditor);
        }
    }

    /** Books an instant transfer at the sandbox bank under the payment's end-to-end id, for {@code amountVnd}. */
    public void book(TestPayment payment, long amountVnd) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("endToEndId", payment.endToEndId(), "amount", amountVnd,
                "currency", "VND", "debtorAccount", fundingAccount, "creditorBin", payment.creditor().bin(),
                "creditorAccount", payment.creditor().account(), "creditorName", payment.creditor().name(),
                "remittanceInformation", "Tro cap " + program));
        var response = HTTP.send(HttpRequest.newBuilder(bank("/banks/" + BIN + "/v1/credit-transfers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !"ACSC".equals(answer.path("status").asText())) {
            throw new AssertionError("the sandbox bank did not book " + payment.endToEndId() + ": " + response.body());
        }
    }

    /** The funding account's end-of-day camt.053 for a closed day. */
    public byte[] statement(LocalDate day) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(bank("/banks/" + BIN + "/v1/accounts/" + fundingAccount
                + "/statements/" + day)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("no statement for " + day + ": " + response.statusCode());
        }
        return response.body();
    }

    static String state(long paymentId) throws SQLException {
        try (Connection db = AdminDatabase.connectAsEngine();
             var query = db.prepareStatement("select state from payment where id = ?")) {
            query.setLong(1, paymentId);
            var rows = query.executeQuery();
            rows.next();
            return rows.getString(1);
        }
    }

    static long count(String sql, Object... values) throws SQLException {
        try (Connection db = AdminDatabase.connectAsEngine()) {
            return firstLong(db, sql, values);
        }
    }

    private static URI bank(String path) {
        return URI.create(SandboxTestResource.sandbox().bankUrl().toString().replaceAll("/$", "") + path);
    }

    public static String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(RANDOM.nextInt(10));
        }
        return out.toString();
    }

    private static String alphanumeric(int count) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }
}
