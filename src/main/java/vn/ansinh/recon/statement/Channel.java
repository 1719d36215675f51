package vn.ansinh.recon.statement;

/** How a statement file reached the engine. */
public enum Channel {
    /** {@code POST /statements}, from a person, the command line or a bank's system. */
    API,
    /** Picked up from the configured drop directory. */
    DROP_DIRECTORY
}
