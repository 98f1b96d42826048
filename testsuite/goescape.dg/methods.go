// Receivers are parameters: pointer and value receivers.
// { dg-do compile }
package p

type T struct{ p *int }

func (t *T) get() *int { // { dg-message "7: leaking param: t to result ~r0 level=1" }
	return t.p
}

func (t T) val() *int { // { dg-message "7: leaking param: t to result ~r0 level=0" }
	return t.p
}

func (t *T) set(x *int) { // { dg-message "7: t does not escape" }
	// { dg-message "17: leaking param: x" "" { target *-*-* } .-1 }
	t.p = x
}
