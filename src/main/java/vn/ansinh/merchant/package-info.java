/**
 * Merchants where beneficiaries spend their benefits: onboarding (merchants, terminals, VietQR codes), one ledger
 * of what they took by card (the ISO 8583 acquirer host) and by VietQR (the QR switch's notifications), the
 * daily cutover into a settlement batch, and the reconciliation of card totals against the switch.
 *
 * <p>The rooms: {@code onboarding} admits merchants; {@code card} is the acquirer host's journal and authorizer;
 * {@code qr} books the QR switch's payments and refunds; {@code ledger} holds what every booking shares (the
 * business date and the lock against a running cutover); {@code settlement} cuts over and reports;
 * {@code switchrecon} compares our card totals with the switch's clearing file and the terminals' 0500s.
 */
package vn.ansinh.merchant;
