/**
 * Reconciliation in the engine: bank statements in (API, command line, drop directory), stored once by content;
 * reconciliation runs that match them against the payments and released bank files of one funding account; the
 * breaks, the people's resolutions, the verdict, and the auditor's exports. Matching itself is the
 * {@code vn.ansinh.reconciliation} library's; this package feeds it from the database and keeps what it decided.
 */
package vn.ansinh.recon;
