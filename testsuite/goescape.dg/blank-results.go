// { dg-do compile }
// Blank results are ~b0, ~b1... (verdicts from gc 1.19).
package p

func a(x, y *int) (_, _ *int) { // { dg-message "8: leaking param: x to result ~b0 level=0" }
	// { dg-message "11: leaking param: y to result ~b1 level=0" "" { target *-*-* } .-1 }
	return x, y
}

func b(x, y *int) (_ *int, r *int) { // { dg-message "8: leaking param: x to result ~b0 level=0" }
	// { dg-message "11: leaking param: y to result r level=0" "" { target *-*-* } .-1 }
	return x, y
}

func c(x *int) (_ *int) { // { dg-message "8: leaking param: x to result ~b0 level=0" }
	return x
}

func d(x *int) (_ *int) { // { dg-message "8: leaking param: x to result ~b0 level=0" }
	if x == nil {
		return x
	}
	return nil
}
