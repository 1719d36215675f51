/** Payment returns (pacs.004): money that reached a beneficiary's bank and came back, read as a stream. */
package vn.ansinh.rails.pacs004;
