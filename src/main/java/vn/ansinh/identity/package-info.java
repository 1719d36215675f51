/**
 * Who a beneficiary is: the 12-digit chip citizen id (CCCD) and its structural rules, the province codes that begin
 * it, and masking so that neither a CCCD nor a bank account number ever reaches a log line in full.
 * Pure domain logic: no HTTP, no database, no framework.
 */
package vn.ansinh.identity;
