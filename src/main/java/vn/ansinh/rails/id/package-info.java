/** The one stable id each payment carries through every bank: {@link vn.ansinh.rails.id.EndToEndId}. */
package vn.ansinh.rails.id;
