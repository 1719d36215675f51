/**
 * The customer credit transfer initiation (pain.001.001.10) that hands a run's payments to one paying bank, written
 * as a stream so that a million payments need no more memory than ten.
 */
package vn.ansinh.rails.pain001;
