/**
 * Payout runs, the room where verified beneficiaries become payments: a program's payout settings
 * ({@code settings}), runs with maker-checker, lines, exclusions, integrity and release ({@code run}), corrections
 * and re-issue of failed payments ({@code correction}), and the commune cash list ({@code cash}). Nothing here sends
 * money: release writes payments and outbox rows in one transaction, and the dispatcher sends them.
 */
package vn.ansinh.payout;
