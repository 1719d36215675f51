package vn.ansinh.recon.run;

/** One debit for one payment, one bulk debit for a released file, or one credit returning payments. */
public enum MatchKind {
    SINGLE,
    BATCH,
    RETURN
}
