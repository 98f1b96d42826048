// An assignment of several pairs of which gc ignores some as
// self-assignments: gccgo stores each pair apart, and only the ignored
// pairs' stores are dropped.
package p

type items []*int

func (s *items) truncate(index int) {
	var toClear items
	*s, toClear = (*s)[:index], (*s)[index:]
	_ = toClear
}

func (s *items) trunc2(index int) {
	*s = (*s)[:index]
}

type B struct{ p, q *int }

var sink *int

func (b *B) swap(x *int) {
	b.p, sink = b.q, x
}
