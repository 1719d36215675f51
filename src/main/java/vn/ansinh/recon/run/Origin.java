package vn.ansinh.recon.run;

/** Who made a match: the matcher, or a person confirming its proposal, or a person alone. */
public enum Origin {
    AUTOMATIC,
    PROPOSAL_CONFIRMED,
    BY_HAND
}
