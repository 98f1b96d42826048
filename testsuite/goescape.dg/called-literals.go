// { dg-do compile }
// Function literals called where they are written, and package-level
// literals gc makes static (verdicts from gc 1.19).
package p

var C = func() int { return 1 }() // { dg-message "9: func literal does not escape" }

var D = func(x int) *int { return &x }(2) // { dg-message "14: moved to heap: x" }
	// { dg-message "9: func literal does not escape" "" { target *-*-* } .-1 }

// Static closures: nothing to report.
var F = func() int { return 3 }

var H = []func(){func() {}}

func wrap(f func() int) func() int { return f } // { dg-message "11: leaking param: f to result ~r0 level=0" }

var G = wrap(func() int { return 4 }) // { dg-message "14: func literal escapes to heap" }

func direct() int {
	return func() int { return 1 }() // { dg-message "9: func literal does not escape" }
}

func capturing(y int) int {
	return func() int { return y }() // { dg-message "9: func literal does not escape" }
}
