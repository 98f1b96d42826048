// { dg-do compile }
// "_ = func() {...}": gccgo drops the value, gc evaluates the literal
// and analyses its function, unless the literal is in a branch gc's
// deadcode pass drops (an if with a constant condition) (verdicts from
// gc 1.19).
package p

var gp *int

func f(x *int) { // { dg-message "8: leaking param: x" }
	_ = func() *int { return new(int) } // { dg-message "6: func literal does not escape" }
	// { dg-message "30: new\\(int\\) escapes to heap" "" { target *-*-* } .-1 }
	_ = func(a *int) { gp = a } // { dg-message "6: func literal does not escape" }
	// { dg-message "11: leaking param: a" "" { target *-*-* } .-1 }
	if false {
		_ = func() { gp = x }
	}
	if 1 > 2 {
		gp = nil
	} else {
		_ = func(b *int) { gp = b } // { dg-message "7: func literal does not escape" }
		// { dg-message "12: leaking param: b" "" { target *-*-* } .-1 }
	}
	if 3 > 2 {
		gp = nil
	} else {
		_ = func(c *int) { gp = c }
	}
	// With captures gccgo still builds the record: one literal, not two.
	_ = func() *int { return x } // { dg-message "6: func literal does not escape" }
	for i := 0; i < 2; i++ {
		_ = func() *int { return new(int) } // { dg-message "7: func literal does not escape" }
		// { dg-message "31: new\\(int\\) escapes to heap" "" { target *-*-* } .-1 }
	}
}
