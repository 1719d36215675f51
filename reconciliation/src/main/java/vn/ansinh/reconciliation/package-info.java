/** Bank statement parsing and deterministic matching; knows nothing of the engine. */
package vn.ansinh.reconciliation;
