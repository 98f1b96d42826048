// { dg-do compile }
// A package function named like a builtin hides it: the constants its
// variadic parameter takes are conversions gc reports at each operand
// (verdicts from gc 1.19).
package p

func print(y *int, x ...interface{}) *int { return y } // { dg-message "12: leaking param: y to result ~r0 level=0" }
// { dg-message "20: x does not escape" "" { target *-*-* } .-1 }

func local(z *int) { // { dg-message "12: z does not escape" }
	print(z, 1, 2, 3) // { dg-message "7: \\.\\.\\. argument does not escape" }
	// { dg-message "11: 1 does not escape" "" { target *-*-* } .-1 }
	// { dg-message "14: 2 does not escape" "" { target *-*-* } .-2 }
	// { dg-message "17: 3 does not escape" "" { target *-*-* } .-3 }
}

// The builtin: nothing to report.
func builtin(n int) {
	println(n, "x")
}
