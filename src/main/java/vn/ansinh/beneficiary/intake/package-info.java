/**
 * Intake of beneficiary lists, the first room on the money's path: the reason codes a row can earn and the outcome
 * they imply, the parsed {@link vn.ansinh.beneficiary.intake.BeneficiaryRow}, the local checks that need no
 * registry or bank ({@link vn.ansinh.beneficiary.intake.RowChecks}), duplicate tracking within a file and the
 * content hash that detects a file uploaded twice. Readers for CSV, XLSX and JSON are in {@code read}; the
 * outcome report writers in {@code report}. Pure logic: persistence and HTTP live elsewhere.
 */
package vn.ansinh.beneficiary.intake;
