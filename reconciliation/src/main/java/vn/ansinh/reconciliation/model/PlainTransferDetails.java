package vn.ansinh.reconciliation.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.RandomAccess;

/**
 * The details of an entry that holds one plain transfer: an end-to-end id, an amount and a direction, no
 * counterparty, remittance text or return reason. Most entries of a large statement are this, and holding the
 * three values (one small object) instead of a list, a detail and its optional wrappers (five objects) keeps a
 * million-entry statement in a fraction of the heap. The detail is made again when read; it is equal each time.
 */
public final class PlainTransferDetails extends AbstractList<TransactionDetail> implements RandomAccess {
    private final String endToEndId;
    private final long amountMinor;
    private final Direction direction;

    private PlainTransferDetails(String endToEndId, long amountMinor, Direction direction) {
        this.endToEndId = endToEndId;
        this.amountMinor = amountMinor;
        this.direction = direction;
    }

    /** The compact form of {@code detail} when it is a plain transfer, else empty. */
    public static Optional<PlainTransferDetails> of(TransactionDetail detail) {
        boolean plain = detail.endToEndId().isPresent() && detail.amountMinor().isPresent()
                && detail.direction().isPresent() && detail.counterparty().equals(Party.unknown())
                && detail.remittanceText().isEmpty() && detail.returnReason().isEmpty();
        if (!plain) {
            return Optional.empty();
        }
        return Optional.of(new PlainTransferDetails(detail.endToEndId().get(), detail.amountMinor().getAsLong(),
                detail.direction().get()));
    }

    @Override
    public TransactionDetail get(int index) {
        Objects.checkIndex(index, 1);
        return new TransactionDetail(Optional.of(endToEndId), OptionalLong.of(amountMinor), Optional.of(direction),
                Party.unknown(), "", Optional.empty());
    }

    @Override
    public int size() {
        return 1;
    }
}
