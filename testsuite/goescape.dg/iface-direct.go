// { dg-do compile }
// Conversions to interfaces kept in locals (verdicts from gc 1.19).  A
// pointer is its own interface word: gccgo's stack storage for new(int)
// is not a box.  A constant's address is gccgo's static data, placed at
// the conversion.
package p

type S struct {
	p    *int
	n    int
	next *S
}

var sink interface{}

func local(x int) {
	e1 := interface{}(new(int)) // { dg-message "23: new\\(int\\) does not escape" }
	e2 := interface{}(&S{p: new(int)}) // { dg-message "20: &S{...} does not escape" }
	// { dg-message "29: new\\(int\\) does not escape" "" { target *-*-* } .-1 }
	e3 := interface{}(3) // { dg-message "19: \\(interface {}\\)\\(3\\) does not escape" }
	e4 := interface{}(S{p: &x}) // { dg-message "19: \\(interface {}\\)\\(S{...}\\) does not escape" }
	_, _, _, _ = e1, e2, e3, e4
}

func stored() {
	sink = interface{}(5) // { dg-message "20: \\(interface {}\\)\\(5\\) escapes to heap" }
}
