// { dg-do compile }
// Methods promoted from embedded fields (verdicts from gc 1.19).  gccgo
// calls them through a stub per method; gc calls the field's method.
package p

import "bytes"

var sink *int

type inner struct{ p *int }

func (in *inner) keep()      { sink = in.p } // { dg-message "7: leaking param content: in" }
func (in *inner) get() *int  { return in.p } // { dg-message "7: leaking param: in to result ~r0 level=1" }
func (in inner) value() *int { return in.p } // { dg-message "7: leaking param: in to result ~r0 level=0" }
func (in *inner) set(p *int) { in.p = p } // { dg-message "7: in does not escape" }
	// { dg-message "22: leaking param: p" "" { target *-*-* } .-1 }

type outer struct {
	inner
	n int
}

type wrapped struct {
	*inner
}

type writer struct {
	bytes.Buffer
	depth int
}

func write(w *writer, s string) { // { dg-message "12: w does not escape" }
	// { dg-message "23: s does not escape" "" { target *-*-* } .-1 }
	w.WriteString("null")
	w.WriteString(s)
}

func keep(o *outer) { // { dg-message "11: leaking param content: o" }
	o.keep()
}

func get(o *outer) *int { // { dg-message "10: leaking param: o to result ~r0 level=1" }
	return o.get()
}

func value(o outer) *int { // { dg-message "12: leaking param: o to result ~r0 level=0" }
	return o.value()
}

func set(o *outer) { // { dg-message "10: o does not escape" }
	x := 1 // { dg-message "2: moved to heap: x" }
	o.set(&x)
}

func viaPointer(w wrapped) *int { // { dg-message "17: leaking param: w to result ~r0 level=1" }
	return w.get()
}
