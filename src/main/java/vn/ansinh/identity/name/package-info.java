/**
 * Vietnamese personal names: a normal form that survives diacritics, case, spacing and Unicode composition, and a
 * similarity score with fixed thresholds. The fixtures generator places name variants in buckets with the same
 * formula, so {@link vn.ansinh.identity.name.NameNormalizer} and {@link vn.ansinh.identity.name.NameMatch} must
 * not drift from it.
 */
package vn.ansinh.identity.name;
