/**
 * The report an officer downloads after intake or verification: every row with its outcome and reasons, as CSV
 * or XLSX. CCCD and account numbers are masked, and any cell a spreadsheet could mistake for a formula is
 * neutralised.
 */
package vn.ansinh.beneficiary.intake.report;
