/** Amounts as ISO 20022 writes them, kept as {@code long} minor units in the engine. */
package vn.ansinh.rails.money;
