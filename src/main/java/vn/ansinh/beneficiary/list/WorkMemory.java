package vn.ansinh.beneficiary.list;

/**
 * Room for a large list's set-based statements to sort and hash a million rows in memory rather than through
 * temporary files, for the rest of the transaction only; and the way back to the server's setting, for statements
 * that follow in the same transaction.
 */
final class WorkMemory {

    static final String ROOM_FOR_A_LIST = "select set_config('work_mem', '256MB', true)";
    static final String AS_CONFIGURED = "select set_config(name, reset_val, true) from pg_settings where name = 'work_mem'";

    private WorkMemory() {
    }
}
