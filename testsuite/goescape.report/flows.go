// gc's -m=2 explanations: the "flow:" steps of each path, with gccgo's
// temporaries stepped over (dg.exp compares the headers and the flow
// lines with flows.m2, gc 1.19's; the "from" lines are not yet there).
package p

var sink interface{}

type T struct{ p *int }

func f(p *int) *int { return p }

func issue() {
	i := 0
	p := &i
	sink = f(p)
}

func field(t *T, q *int) {
	t.p = q
}

func global() *int {
	x := 1
	y := &x
	z := y
	return z
}

func literal() func() int {
	v := 2
	return func() int { return v }
}

func deref(pp **int) {
	sink = *pp
}
