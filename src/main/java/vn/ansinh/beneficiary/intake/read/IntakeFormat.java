package vn.ansinh.beneficiary.intake.read;

/** The file formats a beneficiary list may arrive in. */
public enum IntakeFormat {
    CSV,
    XLSX,
    JSON
}
