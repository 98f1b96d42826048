// { dg-do compile }
// Package init functions, which gccgo names PKG..initN and gc init.N
// (verdicts from gc 1.19).
package p

type table struct {
	names []string
	byID  map[int]*int
}

var t table

var sink interface{}

func init() {
	t.byID = make(map[int]*int) // { dg-message "15: make\\(map\\\[int\\\]\\*int\\) escapes to heap" }
	x := 1 // { dg-message "2: moved to heap: x" }
	t.byID[0] = &x
}

func init() {
	// A store into a global's field is not through a pointer: no
	// self-assignment for gc.
	t.names = t.names[1:]
	if len(t.names) > 3 {
		panic("too many names") // { dg-message "8: \"too many names\" escapes to heap" }
	}
	sink = t.byID
}

type buf struct{ b []byte }

func (p *buf) trim() { // { dg-message "7: p does not escape" }
	p.b = p.b[1:] // { dg-message "6: \\(\\*buf\\)\\.trim ignoring self-assignment in p\\.b = p\\.b\\\[1:\\\]" }
}

func init() {
	b := &buf{} // { dg-message "7: &buf\\{\\} does not escape" }
	b.trim()
}
