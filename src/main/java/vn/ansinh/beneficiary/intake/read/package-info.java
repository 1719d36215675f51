/**
 * Streaming readers that turn an uploaded beneficiary list (CSV, XLSX or a JSON array) into
 * {@link vn.ansinh.beneficiary.intake.BeneficiaryRow}s one at a time, so a 1,000,000-row file never sits in
 * memory. Start at {@link vn.ansinh.beneficiary.intake.read.Intake}.
 */
package vn.ansinh.beneficiary.intake.read;
