/**
 * The life of one payment at a bank: {@link vn.ansinh.rails.state.PaymentStateMachine} decides every move, and
 * {@link vn.ansinh.rails.state.MoneyBucket} says where the payment's amount is counted while it lives.
 */
package vn.ansinh.rails.state;
