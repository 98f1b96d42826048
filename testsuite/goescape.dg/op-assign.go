// { dg-do compile }
// s += x assigns x to s; s += a + b reports a + b (verdicts from gc 1.19).
package p

func f(a, b string) string { // { dg-message "8: leaking param: a to result ~r0 level=0" }
	// { dg-message "11: leaking param: b to result ~r0 level=0" "" { target *-*-* } .-1 }
	s := a
	s += " " + b // { dg-message "11: \" \" \\+ b escapes to heap" }
	s += b
	s += "x" + b + "y" // { dg-message "15: \"x\" \\+ b \\+ \"y\" escapes to heap" }
	return s
}
