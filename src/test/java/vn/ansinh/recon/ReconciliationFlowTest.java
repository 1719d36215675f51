package vn.ansinh.recon;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.ansinh.fixtures.payments.AccountRule;
import vn.ansinh.fixtures.payments.PaymentFaults;
import vn.ansinh.fixtures.payments.ReasonCode;
import vn.ansinh.testing.SandboxTestResource;

/** Payments booked at the sandbox bank come back on its camt.053 and reconcile through the engine's API. */
@QuarkusTest
class ReconciliationFlowTest {

    /** Proves that a day booked exactly as paid reconciles with no manual step, settles the payments, and re-runs the same. */
    @Test
    void cleanDayReconcilesWithNoManualStep() throws Exception {
        ReconWorld world = ReconWorld.create();
        LocalDate day = ReconWorld.today();
        Instant sent = ReconWorld.sentToday();
        var creditors = ReconWorld.creditors(5);
        var payments = new java.util.ArrayList<ReconWorld.TestPayment>();
        for (int i = 0; i < creditors.size(); i++) {
            var payment = world.payment(creditors.get(i), 500_000L + 1_000L * i, i % 2 == 0 ? "ACCEPTED" : "SENT", sent);
            world.book(payment, payment.amountVnd());
            payments.add(payment);
        }
        SandboxTestResource.sandbox().bankPayments().advance(1);
        byte[] statement = world.statement(day);
        JsonPath stored = ReconApi.uploaded("clean-" + day + ".xml", statement);
        assertEquals(5, stored.getLong("lines"));
        var again = ReconApi.upload(ReconApi.officer(), "clean-again.xml", statement);
        assertEquals(409, again.statusCode());
        assertEquals("DUPLICATE_STATEMENT_FILE", again.jsonPath().getString("code"));

        JsonPath first = ReconApi.reconcile(ReconWorld.BIN, world.fundingAccount, day, day).then().statusCode(201)
                .extract().jsonPath();
        long id = first.getLong("id");
        assertEquals("RECONCILED", first.getString("verdict"), first.prettify());
        assertEquals(5, first.getLong("matches"));
        assertEquals(0, first.getLong("breaks"));
        assertEquals(0L, first.getLong("statement.residualVnd"));
        assertEquals(first.getLong("statement.bankControlVnd"), first.getLong("statement.internalControlVnd"));
        for (var payment : payments) {
            assertEquals("SETTLED", ReconWorld.state(payment.id()));
            assertEquals(1, ReconWorld.count("select count(*) from payment_event where payment_id = ? and to_state = "
                    + "'SETTLED' and source like 'statement:STMT-%' and actor = 'auditor-recon'", payment.id()));
        }
        String payload = auditPayload(id, first.getLong("runAuditSeq"));
        assertTrue(payload.contains("\"matches\":5") && payload.contains("\"paymentsSettled\":5"), payload);

        JsonPath second = ReconApi.reconcile(ReconWorld.BIN, world.fundingAccount, day, day).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(id, second.getLong("id"));
        assertEquals(first.getString("resultSha256"), second.getString("resultSha256"));
        assertEquals(2, second.getInt("runCount"));
        assertTrue(auditPayload(id, second.getLong("runAuditSeq")).contains("\"paymentsSettled\":0"));
        for (var payment : payments) {
            assertEquals(1, ReconWorld.count("select count(*) from payment_event where payment_id = ? and source like "
                    + "'statement:%'", payment.id()), "a re-run moves nothing again");
        }
    }

    /**
     * Proves that a payment missing from the statement, a wrong amount and a duplicated line become exactly their
     * breaks, and that a late return is matched to its payment (in its own range and in a later one), returning it.
     */
    @Test
    void faultsBecomeExactlyTheirBreaks() throws Exception {
        ReconWorld world = ReconWorld.create();
        LocalDate day = ReconWorld.today();
        Instant sent = ReconWorld.sentToday();
        var creditors = ReconWorld.creditors(6);
        var good = world.payment(creditors.get(0), 610_000, "ACCEPTED", sent);
        var missing = world.payment(creditors.get(1), 620_000, "ACCEPTED", sent);
        var wrong = world.payment(creditors.get(2), 500_000, "ACCEPTED", sent);
        var duplicated = world.payment(creditors.get(3), 640_000, "ACCEPTED", sent);
        var returned = world.payment(creditors.get(4), 650_000, "ACCEPTED", sent);
        var bankPayments = SandboxTestResource.sandbox().bankPayments();
        PaymentFaults before = bankPayments.faults();
        bankPayments.setFaults(before.withAccountRules(List.of(), List.of(), List.of(new AccountRule(
                returned.creditor().bin(), returned.creditor().account(), ReasonCode.AC04, 2))));
        try {
            world.book(good, good.amountVnd());
            world.book(wrong, 450_000);
            world.book(duplicated, duplicated.amountVnd());
            world.book(returned, returned.amountVnd());
            bankPayments.advance(3);
        } finally {
            bankPayments.setFaults(before);
        }
        byte[] first = StatementEdits.duplicateDebit(world.statement(day), duplicated.endToEndId());
        ReconApi.uploaded("day0-altered.xml", first);
        ReconApi.uploaded("day1.xml", world.statement(day.plusDays(1)));
        ReconApi.uploaded("day2.xml", world.statement(day.plusDays(2)));

        JsonPath run = ReconApi.reconcile(ReconWorld.BIN, world.fundingAccount, day, day.plusDays(2)).then()
                .statusCode(201).extract().jsonPath();
        long id = run.getLong("id");
        assertEquals("BREAKS", run.getString("verdict"), run.prettify());
        assertEquals(List.of(), run.getList("findings"));
        var breaks = ReconApi.breaks(id);
        Map<String, String> classes = new TreeMap<>();
        breaks.forEach(b -> classes.put(b.get("breakClass").toString(), String.valueOf(b.get("endToEndId"))));
        assertEquals(Map.of("UNMATCHED_PAYMENT", missing.endToEndId(), "AMOUNT_MISMATCH", wrong.endToEndId(),
                "DUPLICATE_BANK_ENTRY", duplicated.endToEndId()), classes, breaks.toString());
        assertEquals(3, breaks.size());
        assertEquals(50_000, ((Number) breaks.stream().filter(b -> b.get("breakClass").equals("AMOUNT_MISMATCH"))
                .findFirst().orElseThrow().get("amountVnd")).longValue());
        assertTrue(ReconApi.matches(id).stream().anyMatch(m -> m.get("kind").equals("RETURN")
                && m.get("returnedEndToEndIds").equals(List.of(returned.endToEndId()))));
        assertEquals("RETURNED", ReconWorld.state(returned.id()));
        assertEquals("SETTLED", ReconWorld.state(good.id()));
        assertEquals("SETTLED", ReconWorld.state(duplicated.id()));
        assertEquals("ACCEPTED", ReconWorld.state(missing.id()));
        assertEquals("ACCEPTED", ReconWorld.state(wrong.id()));

        // The return's own day alone: its payment was sent two days before, yet the credit is explained by it.
        JsonPath late = ReconApi.reconcile(ReconWorld.BIN, world.fundingAccount, day.plusDays(2), day.plusDays(2))
                .then().statusCode(201).extract().jsonPath();
        assertEquals("RECONCILED", late.getString("verdict"), late.prettify());
        assertEquals(List.of(), ReconApi.breaks(late.getLong("id")));

        writeOffEveryBreakAndExportPdf(id, breaks);
    }

    private void writeOffEveryBreakAndExportPdf(long id, List<Map<String, Object>> breaks) throws Exception {
        given().auth().oauth2(ReconApi.officer()).contentType("application/json").body(Map.of("reason", "x"))
                .post("/reconciliations/" + id + "/breaks/" + breaks.getFirst().get("ref") + "/write-off")
                .then().statusCode(403);
        long auditsBefore = ReconWorld.count("select count(*) from audit_entry where subject = ? and action = "
                + "'RECONCILIATION_BREAK_WRITTEN_OFF'", "reconciliation:" + id);
        JsonPath last = null;
        for (var problem : breaks) {
            last = ReconApi.post(ReconApi.auditor(), "/reconciliations/" + id + "/breaks/" + problem.get("ref")
                    + "/write-off", Map.of("reason", "Bank confirmed by letter 2025/17; settled outside the run."));
        }
        assertEquals("RECONCILED", last.getString("verdict"), last.prettify());
        assertEquals(0, last.getLong("openBreaks"));
        assertEquals(breaks.size(), ReconWorld.count("select count(*) from audit_entry where subject = ? and action = "
                + "'RECONCILIATION_BREAK_WRITTEN_OFF'", "reconciliation:" + id) - auditsBefore);
        assertSpreadsheets(id, breaks.size());
        var pdf = given().auth().oauth2(ReconApi.auditor()).get("/reconciliations/" + id + "/report.pdf");
        assertEquals(200, pdf.statusCode());
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.asByteArray())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        for (Object file : last.getList("statementFiles.sha256")) {
            assertTrue(text.contains(file.toString()), "PDF lacks file hash " + file);
        }
        long seq = Long.parseLong(pdf.header("X-Audit-Head-Seq"));
        String hash = pdf.header("X-Audit-Head-Hash");
        assertTrue(text.contains("seq " + seq) && text.contains(hash), text);
        assertEquals(1, ReconWorld.count("select count(*) from audit_entry where seq = ? and hash = ?", seq, hash));
        assertTrue(seq >= last.getLong("runAuditSeq"));
    }

    /** Proves that confirming, unmatching and matching by hand each update the verdict and write an audit entry. */
    @Test
    void resolutionsUpdateTheVerdictAndAreAudited() throws Exception {
        ReconWorld world = ReconWorld.create();
        LocalDate day = ReconWorld.today();
        Instant sent = ReconWorld.sentToday();
        var creditors = ReconWorld.creditors(3);
        var good = world.payment(creditors.get(0), 710_000, "ACCEPTED", sent);
        world.book(good, good.amountVnd());
        var renamed = world.payment(creditors.get(1), 720_000, "ACCEPTED", sent);
        var underAnotherId = new ReconWorld.TestPayment(0, "RCX" + ReconWorld.digits(17), 720_000, creditors.get(1));
        world.book(underAnotherId, 720_000);
        SandboxTestResource.sandbox().bankPayments().advance(1);
        ReconApi.uploaded("resolutions.xml", world.statement(day));

        JsonPath run = ReconApi.reconcile(ReconWorld.BIN, world.fundingAccount, day, day).then().statusCode(201)
                .extract().jsonPath();
        long id = run.getLong("id");
        assertEquals("BREAKS", run.getString("verdict"));
        var proposal = ReconApi.proposals(id).getFirst();
        assertEquals(renamed.endToEndId(), proposal.get("endToEndId"));
        String line = proposal.get("line").toString();
        String base = "/reconciliations/" + id;

        JsonPath confirmed = ReconApi.post(ReconApi.auditor(), base + "/proposals/" + line + "/confirm", Map.of());
        assertEquals("RECONCILED", confirmed.getString("verdict"), confirmed.prettify());
        assertEquals("SETTLED", ReconWorld.state(renamed.id()));
        assertAudited(id, "RECONCILIATION_PROPOSAL_CONFIRMED", confirmed.getLong("runAuditSeq"));

        JsonPath unmatched = ReconApi.post(ReconApi.auditor(), base + "/matches/" + line + "/unmatch",
                Map.of("reason", "Confirmed by mistake; waiting for the bank's advice."));
        assertEquals("BREAKS", unmatched.getString("verdict"));
        assertAudited(id, "RECONCILIATION_UNMATCHED", unmatched.getLong("runAuditSeq"));

        JsonPath byHand = ReconApi.post(ReconApi.auditor(), base + "/matches", Map.of("line", line, "endToEndIds",
                List.of(renamed.endToEndId()), "reason", "Bank advice 0417: booked under its own reference."));
        assertEquals("RECONCILED", byHand.getString("verdict"));
        assertAudited(id, "RECONCILIATION_MATCHED_BY_HAND", byHand.getLong("runAuditSeq"));

        String goodLine = ReconApi.matches(id).stream().filter(m -> m.get("endToEndIds").equals(List.of(good.endToEndId())))
                .findFirst().orElseThrow().get("line").toString();
        JsonPath undone = ReconApi.post(ReconApi.auditor(), base + "/matches/" + goodLine + "/unmatch",
                Map.of("reason", "Testing that an automatic match can be taken back."));
        assertEquals("BREAKS", undone.getString("verdict"));
        Map<String, Object> classes = new HashMap<>();
        ReconApi.breaks(id).forEach(b -> classes.put(b.get("ref").toString(), b.get("breakClass")));
        assertEquals(Map.of(goodLine, "UNMATCHED_BANK_ENTRY", "P" + good.endToEndId(), "LATE"), classes);

        given().auth().oauth2(ReconApi.officer()).contentType("application/json")
                .body(Map.of("breakRef", goodLine, "text", "Asked the bank for the debit advice."))
                .post(base + "/notes").then().statusCode(201);
        assertEquals(1, ReconWorld.count("select count(*) from audit_entry where subject = ? and action = "
                + "'RECONCILIATION_NOTE_ADDED' and actor = 'officer-recon'", "reconciliation:" + id));
        assertTrue(ReconApi.breaks(id).stream().anyMatch(b -> b.get("notes").toString().contains("debit advice")));
    }

    /** Proves that a range no statement covers is INCOMPLETE, saying so, and that a reversed range is refused. */
    @Test
    void noStatementIsIncompleteAndAReversedRangeIsRefused() throws Exception {
        ReconWorld world = ReconWorld.create();
        var payment = world.payment(ReconWorld.creditors(1).getFirst(), 810_000, "ACCEPTED", ReconWorld.sentToday());
        LocalDate day = ReconWorld.today();
        JsonPath run = ReconApi.reconcile(ReconWorld.BIN, world.fundingAccount, day, day).then().statusCode(201)
                .extract().jsonPath();
        assertEquals("INCOMPLETE", run.getString("verdict"));
        assertTrue(run.getList("findings").getFirst().toString().startsWith("no statement of account"),
                run.prettify());
        assertEquals("ACCEPTED", ReconWorld.state(payment.id()));
        var reversed = ReconApi.reconcile(ReconWorld.BIN, world.fundingAccount, day, day.minusDays(1));
        assertEquals(400, reversed.statusCode());
        assertEquals("RECONCILIATION_INVALID", reversed.jsonPath().getString("code"));
        assertEquals("to", reversed.jsonPath().getString("violations[0].field"));
    }

    /** The CSVs and the workbook carry the statement and every break, amounts as numbers. */
    private static void assertSpreadsheets(long id, int breaks) throws Exception {
        String base = "/reconciliations/" + id;
        String statement = given().auth().oauth2(ReconApi.officer()).get(base + "/statement.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(statement.contains("Unexplained residual (VND),0") && statement.contains("Verdict,RECONCILED"),
                statement);
        String list = given().auth().oauth2(ReconApi.auditor()).get(base + "/breaks.csv").then().statusCode(200)
                .extract().asString();
        assertEquals(breaks + 1, list.strip().lines().count(), list);
        assertEquals(breaks, list.lines().filter(row -> row.contains(",WRITTEN_OFF,")).count(), list);
        byte[] workbook = given().auth().oauth2(ReconApi.auditor()).get(base + "/report.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (var read = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var rows = read.findSheet("Breaks").orElseThrow().read();
            assertEquals(breaks + 1, rows.size());
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, rows.get(1).getCell(5).getType());
        }
    }

    private static void assertAudited(long id, String action, long seq) throws Exception {
        assertEquals(1, ReconWorld.count("select count(*) from audit_entry where subject = ? and action = ? and seq = ?",
                "reconciliation:" + id, action, seq), action);
    }

    private static String auditPayload(long id, long seq) throws Exception {
        try (var db = vn.ansinh.testing.AdminDatabase.connectAsEngine(); var query = db.prepareStatement(
                "select payload::text from audit_entry where subject = ? and seq = ? and action = 'RECONCILIATION_RUN'")) {
            query.setString(1, "reconciliation:" + id);
            query.setLong(2, seq);
            var rows = query.executeQuery();
            assertTrue(rows.next(), "no audit entry " + seq);
            return rows.getString(1).replace(" ", "");
        }
    }
}
