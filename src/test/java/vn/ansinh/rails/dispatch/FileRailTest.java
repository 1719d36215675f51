package vn.ansinh.rails.dispatch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.fixtures.payments.AccountRule;
import vn.ansinh.fixtures.payments.PaymentFaults;
import vn.ansinh.fixtures.payments.ReasonCode;
import vn.ansinh.rails.bank.BankRails;
import vn.ansinh.rails.bank.FileStatusAnswer;
import vn.ansinh.rails.bank.FileUploadAnswer;
import vn.ansinh.rails.bank.HttpBankRails;
import vn.ansinh.rails.bank.InstantAnswer;
import vn.ansinh.rails.bank.InstantTransfer;
import vn.ansinh.rails.bank.NotificationsAnswer;
import vn.ansinh.rails.lifecycle.PaymentBook;
import vn.ansinh.rails.party.BankBin;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.SchemaValidator;
import vn.ansinh.rails.xml.SchemaVerdict;
import vn.ansinh.testing.Tokens;

/** The file rail against the sandbox's banks: pain.001 out, pain.002 in, a return by camt.054 days later. */
@QuarkusTest
class FileRailTest {

    static final Duration DEADLINE = Duration.ofSeconds(45);

    @Inject Pool pool;
    @Inject Vertx vertx;
    @Inject AuditLog audit;
    @Inject DispatchConfig config;

    HttpBankRails rails;
    OutboxDispatcher dispatcher;

    @BeforeEach
    void dispatcher() {
        rails = new HttpBankRails(vertx, config.bank());
        dispatcher = new OutboxDispatcher(pool, rails, audit, config, "file-test");
        PayoutFixture.rewindNotifications(PayoutFixture.PAYING_BIN);
    }

    @AfterEach
    void calmBanks() {
        InstantRailTest.bank().setFaults(PaymentFaults.NONE);
        rails.close();
    }

    /**
     * Proves the file rail end to end: the written pain.001 validates against its XSD and is the file recorded, the
     * pain.002 is applied with its rejects, each accepted payment is booked once, and a return notified after the
     * bank's clock moves on makes its payment RETURNED, with the run's money balanced throughout.
     */
    @Test
    void fileRailFromPaymentFileToReturn() throws IOException {
        List<PayoutFixture.Payee> payees = PayoutFixture.payees(6);
        PayoutFixture.Payee comesBack = payees.get(4);
        InstantRailTest.bank().setFaults(PaymentFaults.NONE.withAccountRules(
                List.of(InstantRailTest.rule(payees.get(1), ReasonCode.AC04)), List.of(),
                List.of(new AccountRule(comesBack.bin(), comesBack.account(), ReasonCode.MD07, 1))));
        PayoutFixture.Run run = PayoutFixture.release("FILE", payees, 810_000);

        Drive.until("the bank's status report applied", DEADLINE,
                () -> PayoutFixture.bankFileStatus(run.id()).equals("ACKNOWLEDGED"), dispatcher);

        for (int line = 0; line < payees.size(); line++) {
            PayoutFixture.Payment payment = run.payments().get(line);
            assertEquals(line == 1 ? "REJECTED(AC04)" : "SETTLED", PayoutFixture.state(payment.id()));
            assertEquals(line == 1 ? 0 : 1, InstantRailTest.bank().ledger(payment.endToEndId()).timesBooked());
        }
        Path written = writtenFile(run);
        try (InputStream input = Files.newInputStream(written)) {
            assertInstanceOf(SchemaVerdict.Valid.class, SchemaValidator.validate(IsoSchema.PAIN_001_001_10, input));
        }
        assertEquals(sha256(written), PayoutFixture.single("select sha256 from bank_file where run_id = ?", run.id()));

        InstantRailTest.bank().advance(1);
        PayoutFixture.Payment returned = run.payments().get(4);
        Drive.until("the return applied", DEADLINE,
                () -> PayoutFixture.state(returned.id()).equals("RETURNED(MD07)"), dispatcher);

        var money = given().auth().oauth2(Tokens.forRole("auditor")).get("/runs/" + run.id() + "/money")
                .then().statusCode(200).extract().jsonPath();
        long rejected = run.payments().get(1).amountVnd();
        assertEquals(returned.amountVnd(), money.getLong("returnedVnd"));
        assertEquals(rejected, money.getLong("rejectedVnd"));
        assertEquals(run.totalVnd() - rejected - returned.amountVnd(), money.getLong("settledVnd"));
        assertEquals(0L, money.getLong("pendingVnd"));
        assertTrue(money.getBoolean("balanced"));
        assertEquals(List.of("SENT", "SETTLED", "RETURNED"), InstantRailTest.eventTargets(returned));
    }

    /**
     * Proves that an upload whose answer is lost is uploaded again as the same file: the same bytes under the same
     * message id, which the bank answers with the reference it gave the first time, booking nothing twice.
     */
    @Test
    void uploadAgainAfterALostAnswerIsTheSameFile() throws IOException {
        PayoutFixture.Run run = PayoutFixture.release("FILE", PayoutFixture.payees(4), 905_000);
        AtomicReference<String> firstRef = new AtomicReference<>();
        AtomicReference<String> firstDigest = new AtomicReference<>();
        BankRails losesFirstAnswer = new LosesFirstUploadAnswer(rails, firstRef, firstDigest);
        OutboxDispatcher unlucky = new OutboxDispatcher(pool, losesFirstAnswer, audit, config, "unlucky");

        Drive.until("the bank's status report applied", DEADLINE,
                () -> PayoutFixture.bankFileStatus(run.id()).equals("ACKNOWLEDGED"), unlucky);

        assertEquals(firstRef.get(), PayoutFixture.single("select bank_file_ref from bank_file where run_id = ?",
                run.id()));
        assertEquals(firstDigest.get(), PayoutFixture.single("select sha256 from bank_file where run_id = ?",
                run.id()));
        for (PayoutFixture.Payment payment : run.payments()) {
            assertEquals("SETTLED", PayoutFixture.state(payment.id()));
            assertEquals(1, InstantRailTest.bank().ledger(payment.endToEndId()).timesBooked());
            assertEquals(0, InstantRailTest.bank().ledger(payment.endToEndId()).banks().getFirst()
                    .duplicatesRefused());
        }
    }

    /**
     * Proves that a sent file's waiting payments are found range by range of line numbers, every one exactly once
     * and in line order, as a file rejected as a whole is worked through; and that a range holding none is empty.
     */
    @Test
    void aSentFilesWaitingPaymentsAreFoundByRangesOfLines() {
        PayoutFixture.Run run = PayoutFixture.release("FILE", PayoutFixture.payees(7), 640_000);
        Drive.until("the file sent", DEADLINE, () -> PayoutFixture.bankFileStatus(run.id()).equals("SENT"), dispatcher);
        String fileRef = PayoutFixture.single("select bank_file_ref from bank_file where run_id = ?", run.id());
        int lastLine = run.payments().size();

        List<Long> seen = new java.util.ArrayList<>();
        for (int after = 0; after < lastLine; after += 3) {
            int from = after;
            int through = Math.min(lastLine, after + 3);
            pool.withTransaction(sql -> PaymentBook.lockFilePendingLines(sql, run.id(), PayoutFixture.PAYING_BIN,
                    fileRef, from, through)).await().atMost(DEADLINE).forEach(payment -> seen.add(payment.id()));
        }

        assertEquals(run.payments().stream().map(PayoutFixture.Payment::id).toList(), seen);
        assertEquals(List.of(), pool.withTransaction(sql -> PaymentBook.lockFilePendingLines(sql, run.id(),
                PayoutFixture.PAYING_BIN, fileRef, lastLine, lastLine + 3)).await().atMost(DEADLINE));
    }

    Path writtenFile(PayoutFixture.Run run) {
        return config.spoolDir().resolve("pain001").resolve(BankFile.messageIdFor(run.id(), PayoutFixture.PAYING_BIN)
                + ".xml");
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** The real banks, but the first upload's answer never reaches the engine (the bank has the file all the same). */
    record LosesFirstUploadAnswer(BankRails banks, AtomicReference<String> firstRef,
            AtomicReference<String> firstDigest) implements BankRails {

        @Override
        public Uni<FileUploadAnswer> uploadFile(BankBin payingBank, Path file, long bytes) {
            return banks.uploadFile(payingBank, file, bytes).map(answer -> {
                if (firstRef.get() == null && answer instanceof FileUploadAnswer.Accepted accepted) {
                    firstRef.set(accepted.fileRef());
                    firstDigest.set(digest(file));
                    return new FileUploadAnswer.NoAnswer("connection reset after the upload");
                }
                return answer;
            });
        }

        @Override
        public Uni<InstantAnswer> sendInstant(BankBin payingBank, InstantTransfer transfer) {
            return banks.sendInstant(payingBank, transfer);
        }

        @Override
        public Uni<InstantAnswer> queryInstant(BankBin payingBank, String endToEndId) {
            return banks.queryInstant(payingBank, endToEndId);
        }

        @Override
        public Uni<FileStatusAnswer> fileStatus(BankBin payingBank, String fileRef, Path target) {
            return banks.fileStatus(payingBank, fileRef, target);
        }

        @Override
        public Uni<NotificationsAnswer> notifications(BankBin payingBank, long afterSequence, Path target) {
            return banks.notifications(payingBank, afterSequence, target);
        }

        private static String digest(Path file) {
            try {
                return sha256(file);
            } catch (IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
    }
}
