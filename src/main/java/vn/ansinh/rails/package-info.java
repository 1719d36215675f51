/**
 * Payment-rail building blocks with no HTTP, no database and no framework: the end-to-end id that follows a payment
 * through every bank, the payment state machine and its money accounting, ISO 20022 reason codes, and streaming
 * readers and writers for the ISO 20022 messages ansinh exchanges with paying banks (pain.001 out; pain.002 and
 * pacs.004 in). Everything here is a pure function or a value, so the engine's services can be tested without banks.
 */
package vn.ansinh.rails;
