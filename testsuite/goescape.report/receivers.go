// A static method call prints as its method expression applied to the
// receiver, without the & or * gc adds implicitly (its printer skips
// them), with the ones the source writes.
package p

type Q struct{ n string }

func (q *Q) String() string { return q.n }
func (q Q) Val() string     { return q.n }

var sink interface{}

func f(p *Q, s string) {
	sink = p.Val() + "a"
	var v Q
	sink = v.String() + "b"
	sink = (&v).String() + "c"
	sink = (*p).Val() + "d"
}
func g(qs []Q, s string) string {
	for _, r := range qs {
		s += r.String() + "\n"
	}
	var v Q
	s += v.String() + "\n"
	sink = v.String() + "x"
	for i := range qs {
		s += qs[i].String() + "y"
	}
	return s
}
