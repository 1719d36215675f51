/** ISO 20022 status and return reasons, and who must act on each: {@link vn.ansinh.rails.reason.ReasonCodes}. */
package vn.ansinh.rails.reason;
