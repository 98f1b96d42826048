// Function literals: where the literal goes, and gc's capture rule (by
// value when never reassigned after capture, not address-taken and at
// most 128 bytes; by reference otherwise).
// { dg-do compile }
package p

var sink func() int
var gp *int

func byValue() int {
	x := 1
	f := func() int { return x } // { dg-message "7: func literal does not escape" }
	return f()
}

func byRef() {
	y := 2
	f := func() { y++ } // { dg-message "7: func literal does not escape" }
	f()
}

func escapes() {
	z := 3
	sink = func() int { return z } // { dg-message "9: func literal escapes to heap" }
}

func escapesRef() {
	w := 3 // { dg-message "2: moved to heap: w" }
	sink = func() int { w++; return w } // { dg-message "9: func literal escapes to heap" }
}

func reassignedBefore() {
	y := 2
	y = 3
	sink = func() int { return y } // { dg-message "9: func literal escapes to heap" }
}

func reassignedAfter() {
	y := 2 // { dg-message "2: moved to heap: y" }
	sink = func() int { return y } // { dg-message "9: func literal escapes to heap" }
	y = 3
}

func reassignedInLoop() {
	y := 2 // { dg-message "2: moved to heap: y" }
	for i := 0; i < 3; i++ {
		y = i
		sink = func() int { return y } // { dg-message "10: func literal escapes to heap" }
	}
}

func addressTaken() {
	y := 2 // { dg-message "2: moved to heap: y" }
	p := &y
	_ = p
	sink = func() int { return y } // { dg-message "9: func literal escapes to heap" }
}

func tooBig() {
	var a [17]int64 // { dg-message "6: moved to heap: a" }
	sink = func() int { return int(a[0]) } // { dg-message "9: func literal escapes to heap" }
}

func leakInside(p *int) { // { dg-message "17: leaking param: p" }
	func() { gp = p }() // { dg-message "2: func literal does not escape" }
}

func retClosure(q *int) func() int { // { dg-message "17: leaking param: q" }
	return func() int { return *q } // { dg-message "9: func literal escapes to heap" }
}

func nested(p *int) func() func() *int { // { dg-message "13: leaking param: p" }
	return func() func() *int { // { dg-message "9: func literal escapes to heap" }
		return func() *int { return p } // { dg-message "10: func literal escapes to heap" }
	}
}

type T struct{ a *int }

func (t *T) meth() func() *int { // { dg-message "7: leaking param: t" }
	return func() *int { return t.a } // { dg-message "9: func literal escapes to heap" }
}

func callVar(q *int) *int { // { dg-message "14: leaking param: q" }
	g := func(x *int) *int { return x } // { dg-message "12: leaking param: x" }
	// { dg-message "7: func literal does not escape" "" { target *-*-* } .-1 }
	return g(q)
}

func apply(f func() int) int { // { dg-message "12: f does not escape" }
	return f()
}

// gc names literals f.func1, f.func2, and a literal's own f.func1.1.
type B struct{ p, q *int }

func outer(b *B) func() func() { // { dg-message "12: leaking param: b" }
	return func() func() { // { dg-message "9: func literal escapes to heap" }
		return func() { b.p = b.q } // { dg-message "10: func literal escapes to heap" }
		// { dg-message "23: outer.func1.1 ignoring self-assignment in b.p = b.q" "" { target *-*-* } .-1 }
	}
}

func two(b *B) { // { dg-message "10: b does not escape" }
	func() { b.p = b.q }() // { dg-message "2: func literal does not escape" }
	// { dg-message "15: two.func1 ignoring self-assignment in b.p = b.q" "" { target *-*-* } .-1 }
	func() { b.q = b.p }() // { dg-message "2: func literal does not escape" }
	// { dg-message "15: two.func2 ignoring self-assignment in b.q = b.p" "" { target *-*-* } .-1 }
}
