package vn.ansinh.rails.bank;

import io.smallrye.mutiny.Uni;
import java.nio.file.Path;
import vn.ansinh.rails.party.BankBin;

/**
 * The paying banks as the dispatcher sees them: every call ends in an answer, never in a failure, because a bank
 * that does not answer is an operating state the payment lifecycle handles (UNKNOWN, then a status query), not an
 * error. Implementations bound the calls in flight and stop calling a bank that is down.
 */
public interface BankRails {

    /** Hands one instant credit transfer to the paying bank; the bank is idempotent on the end-to-end id. */
    Uni<InstantAnswer> sendInstant(BankBin payingBank, InstantTransfer transfer);

    /** Asks the paying bank what became of one end-to-end id. */
    Uni<InstantAnswer> queryInstant(BankBin payingBank, String endToEndId);

    /** Uploads a pain.001 file of {@code bytes} bytes; the bank is idempotent on the file's message id. */
    Uni<FileUploadAnswer> uploadFile(BankBin payingBank, Path file, long bytes);

    /** Asks for the status report of an accepted file, downloading it to {@code target} when ready. */
    Uni<FileStatusAnswer> fileStatus(BankBin payingBank, String fileRef, Path target);

    /** Asks for the notifications after {@code afterSequence}, downloading a page to {@code target}. */
    Uni<NotificationsAnswer> notifications(BankBin payingBank, long afterSequence, Path target);
}
