/**
 * Hardened, bounded XML for ISO 20022 files from banks: no DTD, no external entity, a limit on bytes, depth, text and
 * items; and schema validation against the XSDs shipped under {@code rails/xsd}.
 */
package vn.ansinh.rails.xml;
