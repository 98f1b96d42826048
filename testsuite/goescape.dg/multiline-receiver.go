// { dg-do compile }
// A method called on an operand that starts lines before the call:
// gccgo places the call at the selector's dot, where no line of the
// statement opens the operand's parenthesis.  The conversion of n to
// the variadic interface is gc's all the same (verdicts from gc 1.19).
package p

type C struct{ f func() }

func (c *C) describef(p *int, s string, args ...interface{}) {} // { dg-message "7: c does not escape" }
	// { dg-message "23: p does not escape" "" { target *-*-* } .-1 }
	// { dg-message "31: s does not escape" "" { target *-*-* } .-2 }
	// { dg-message "41: args does not escape" "" { target *-*-* } .-3 }

func g(p *int, n int) { // { dg-message "8: p does not escape" }
	(&C{ // { dg-message "3: &C{...} does not escape" }
		f: nil,
	}).describef(p, "verify %d", n) // { dg-message "14: ... argument does not escape" }
	// { dg-message "18: n does not escape" "" { target *-*-* } .-1 }
}
