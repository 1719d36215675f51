package vn.ansinh.rails.dispatch;

import java.util.List;

/** The work V3's outbox holds; the names are its {@code kind} column. */
public enum OutboxKind {
    SEND_INSTANT,
    QUERY_INSTANT,
    SEND_FILE,
    POLL_FILE,
    POLL_NOTIFICATIONS;

    /** Kinds whose one row may stream a whole file, claimed a few at a time under the longer file lease. */
    static final List<OutboxKind> FILE_WORK = List.of(SEND_FILE, POLL_FILE);
    /** Kinds whose rows are small calls, claimed in batches. */
    static final List<OutboxKind> CALL_WORK = List.of(SEND_INSTANT, QUERY_INSTANT, POLL_NOTIFICATIONS);
}
