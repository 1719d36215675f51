/**
 * Where a benefit is paid: the NAPAS bank directory (BIN, short code, BIC), the structural rules of a Vietnamese
 * account number, and IBAN checks for foreign accounts. Pure domain logic; the bank's account-name inquiry lives
 * with the verification services.
 */
package vn.ansinh.banking;
