/** Who pays and who is paid, in the shapes ISO 20022 payment messages need. */
package vn.ansinh.rails.party;
