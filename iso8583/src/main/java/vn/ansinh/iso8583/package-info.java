/** ISO 8583 dialect, acquirer host and VietQR codec; knows nothing of the engine. */
package vn.ansinh.iso8583;
