package vn.ansinh.rails.bank;

import io.smallrye.mutiny.Uni;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.file.AsyncFile;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.ansinh.platform.remote.CounterpartyConfig;
import vn.ansinh.platform.remote.CounterpartyGuard;
import vn.ansinh.rails.party.BankBin;

/**
 * The paying banks over HTTP (the NAPAS-like JSON instant rail, pain.001 uploads, pain.002 and camt.054 downloads),
 * streamed to and from files so that a million-payment file never sits in memory. Each bank has two guards: sends
 * are never retried here (an unanswered send becomes UNKNOWN and is asked about, which is the lifecycle's job), reads
 * are retried; both have a bulkhead and a breaker, so a bank that is down is not hammered.
 */
public final class HttpBankRails implements BankRails {

    /** Banks with their own guards; NAPAS has about sixty members, so more is a bug, not growth. */
    static final int BANKS_MAX = 256;

    private final Vertx vertx;
    private final WebClient client;
    private final CounterpartyConfig config;
    private final URI base;
    private final long timeoutMs;
    private final long uploadTimeoutMs;
    private final Map<String, Guards> guards = new ConcurrentHashMap<>();

    private record Guards(CounterpartyGuard<BankReply> sends, CounterpartyGuard<BankReply> reads) {
    }

    public HttpBankRails(Vertx vertx, CounterpartyConfig config) {
        this(vertx, config, config.timeout());
    }

    /** With a longer wait for the answer to a file upload, which the bank gives only once it has read the file. */
    public HttpBankRails(Vertx vertx, CounterpartyConfig config, java.time.Duration uploadTimeout) {
        this.vertx = vertx;
        this.config = config;
        this.base = config.url();
        this.timeoutMs = config.timeout().toMillis();
        this.uploadTimeoutMs = uploadTimeout.toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions().setMaxPoolSize(config.inFlightMax())
                .setKeepAlive(true).setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMs))
                .setUserAgent("ansinh"));
    }

    @Override
    public Uni<InstantAnswer> sendInstant(BankBin bank, InstantTransfer transfer) {
        String url = url(bank, "credit-transfers");
        return guarded(bank, true, () -> client.postAbs(url).timeout(timeoutMs)
                        .putHeader("Accept", "application/json").sendJsonObject(json(transfer)).map(BankReply::of))
                .map(reply -> BankReplies.instant(reply, transfer.endToEndId(), false))
                .onFailure().recoverWithItem(failure -> new InstantAnswer.NoAnswer(BankReplies.describe(failure)));
    }

    @Override
    public Uni<InstantAnswer> queryInstant(BankBin bank, String endToEndId) {
        String url = url(bank, "credit-transfers/" + segment(endToEndId));
        return guarded(bank, false, () -> client.getAbs(url).timeout(timeoutMs)
                        .putHeader("Accept", "application/json").send().map(BankReply::of))
                .map(reply -> BankReplies.instant(reply, endToEndId, true))
                .onFailure().recoverWithItem(failure -> new InstantAnswer.NoAnswer(BankReplies.describe(failure)));
    }

    @Override
    public Uni<FileUploadAnswer> uploadFile(BankBin bank, Path file, long bytes) {
        String url = url(bank, "payment-files");
        return guarded(bank, true, () -> open(file, new OpenOptions().setRead(true))
                        .chain(body -> client.postAbs(url).connectTimeout(timeoutMs).idleTimeout(uploadTimeoutMs)
                                .putHeader("Content-Type", "application/xml")
                                .putHeader("Content-Length", Long.toString(bytes))
                                .sendStream(body).eventually(() -> closeQuietly(body)))
                        .map(BankReply::of))
                .map(BankReplies::upload)
                .onFailure().recoverWithItem(failure -> new FileUploadAnswer.NoAnswer(BankReplies.describe(failure)));
    }

    @Override
    public Uni<FileStatusAnswer> fileStatus(BankBin bank, String fileRef, Path target) {
        String url = url(bank, "payment-files/" + segment(fileRef) + "/status");
        return guarded(bank, false, () -> download(url, target))
                .map(reply -> BankReplies.fileStatus(reply, target))
                .onFailure().recoverWithItem(failure -> new FileStatusAnswer.NoAnswer(BankReplies.describe(failure)));
    }

    @Override
    public Uni<NotificationsAnswer> notifications(BankBin bank, long afterSequence, Path target) {
        String url = url(bank, "notifications?afterSeq=" + afterSequence);
        return guarded(bank, false, () -> download(url, target))
                .map(reply -> BankReplies.notifications(reply, target))
                .onFailure().recoverWithItem(failure ->
                        new NotificationsAnswer.NoAnswer(BankReplies.describe(failure)));
    }

    public void close() {
        client.close();
    }

    /** A GET whose body streams to {@code target}; the file is closed by the pipe, or here when the call fails. */
    private Uni<BankReply> download(String url, Path target) {
        return open(target, new OpenOptions().setWrite(true).setCreate(true).setTruncateExisting(true))
                .chain(file -> client.getAbs(url).connectTimeout(timeoutMs).idleTimeout(timeoutMs)
                        .as(BodyCodec.pipe(file)).send()
                        .onFailure().call(() -> closeQuietly(file))
                        .map(response -> BankReply.ofHeaders(response.statusCode(), response.headers())));
    }

    private Uni<AsyncFile> open(Path file, OpenOptions options) {
        return vertx.fileSystem().open(file.toString(), options);
    }

    private static Uni<Void> closeQuietly(AsyncFile file) {
        return file.close().onFailure().recoverWithNull();
    }

    /** The call through the bank's send or read guard; anything thrown on the way is a failure of the Uni. */
    private Uni<BankReply> guarded(BankBin bank, boolean send, Supplier<Uni<BankReply>> call) {
        return Uni.createFrom().deferred(() -> {
            Guards found = guards(bank);
            return (send ? found.sends() : found.reads()).call(call);
        });
    }

    private Guards guards(BankBin bank) {
        Guards found = guards.get(bank.digits());
        if (found != null) {
            return found;
        }
        if (guards.size() >= BANKS_MAX) {
            throw new IllegalStateException("more than " + BANKS_MAX + " paying banks");
        }
        return guards.computeIfAbsent(bank.digits(), bin -> new Guards(
                new CounterpartyGuard<>("bank-" + bin + "-sends", new WithoutRetries(config), new TypeLiteral<>() {}),
                new CounterpartyGuard<>("bank-" + bin + "-reads", config, new TypeLiteral<>() {})));
    }

    private String url(BankBin bank, String path) {
        return base.resolve("/banks/" + bank.digits() + "/v1/" + path).toString();
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonObject json(InstantTransfer transfer) {
        return new JsonObject().put("endToEndId", transfer.endToEndId()).put("amount", transfer.amountVnd())
                .put("currency", "VND").put("debtorAccount", transfer.debtorAccount())
                .put("creditorBin", transfer.creditorBin()).put("creditorAccount", transfer.creditorAccount())
                .put("creditorName", transfer.creditorName())
                .put("remittanceInformation", transfer.remittanceInformation());
    }
}
