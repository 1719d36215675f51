package vn.ansinh.rails.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.ansinh.fixtures.iso20022.Camt054Writer;
import vn.ansinh.fixtures.payments.Notification;
import vn.ansinh.fixtures.payments.NotificationPage;
import vn.ansinh.fixtures.payments.ReasonCode;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.xml.RailMessageException;

/** camt.054 pages as the simulated banks write them, read the way the dispatcher reads them. */
class NotificationPageReaderTest {

    @Test
    void readsEveryReturnOfAWholePage() throws IOException {
        // Proves that a page of returns yields each end-to-end id, amount and reason, and the page's last sequence.
        byte[] page = page(4, 3);

        NotificationPageReader.ReturnPage read = NotificationPageReader.read(new ByteArrayInputStream(page), 3,
                OptionalLong.of(6), 1000);

        assertEquals(4, read.firstSequence());
        assertEquals(6, read.lastSequence());
        assertEquals(3, read.notifications());
        List<ReturnNotice> expected = new ArrayList<>();
        for (long sequence = 4; sequence <= 6; sequence++) {
            expected.add(new ReturnNotice(sequence, EndToEndId.forRunLine(7, sequence).value(), 100_000 + sequence,
                    vn.ansinh.rails.reason.ReasonCode.of("MD07")));
        }
        assertEquals(expected, read.returns());
    }

    @Test
    void refusesAPageThatSkipsPastTheCursor() throws IOException {
        // Proves that a page starting after a gap is refused, so the cursor never moves past an unread return.
        byte[] page = page(5, 2);

        assertThrows(RailMessageException.class,
                () -> NotificationPageReader.read(new ByteArrayInputStream(page), 3, OptionalLong.empty(), 1000));
    }

    @Test
    void refusesAPageThatEndsElsewhereThanTheBankDeclared() throws IOException {
        // Proves that the bank's declared last sequence is checked against the sequences the page holds.
        byte[] page = page(1, 2);

        assertThrows(RailMessageException.class,
                () -> NotificationPageReader.read(new ByteArrayInputStream(page), 0, OptionalLong.of(3), 1000));
    }

    @Test
    void refusesAPageLargerThanTheLimit() throws IOException {
        // Proves that a page with more notifications than the configured maximum is refused.
        byte[] page = page(1, 3);

        assertThrows(RailMessageException.class,
                () -> NotificationPageReader.read(new ByteArrayInputStream(page), 0, OptionalLong.of(3), 2));
    }

    /** {@code count} return notifications from sequence {@code first}, for run 7's lines numbered as the sequence. */
    static byte[] page(long first, int count) throws IOException {
        List<Notification> notifications = new ArrayList<>();
        for (long sequence = first; sequence < first + count; sequence++) {
            String id = EndToEndId.forRunLine(7, sequence).value();
            notifications.add(new Notification(sequence, "FUND1", id, 100_000 + sequence, ReasonCode.MD07,
                    LocalDate.of(2026, 11, 23), "970415-20261123-" + sequence, "970415-20261122-" + sequence));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Camt054Writer.write("970415", new NotificationPage(notifications, first + count - 1, true),
                OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(7)), out);
        return out.toByteArray();
    }
}
