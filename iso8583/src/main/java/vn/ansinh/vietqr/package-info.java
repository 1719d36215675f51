/** VietQR: the EMVCo merchant-presented QR that NAPAS banks scan to pay an account, a card or a merchant. */
package vn.ansinh.vietqr;
