package vn.ansinh.rails.issue;

import vn.ansinh.rails.id.EndToEndId;

/** A payment written for a source line: its row id and the end-to-end id it keeps for life. */
public record IssuedPayment(long sourceLine, long paymentId, EndToEndId endToEndId, long amountVnd) {}
