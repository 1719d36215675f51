package vn.ansinh.rails.pain002;

/** What a read status report held: its namespace (the message version) and how many transaction statuses. */
public record Pain002Summary(String namespace, long transactionStatuses) {
}
