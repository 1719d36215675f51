/**
 * The customer payment status report (pain.002) a bank sends about a pain.001, read as a stream of
 * {@link vn.ansinh.rails.pain002.StatusReportItem}s. Elements are matched by local name only, so versions .03 to .11
 * read alike.
 */
package vn.ansinh.rails.pain002;
