// A method value stored into a field of the same struct is no
// self-assignment: gc's isSelfAssign takes fields only.
package p

type S struct {
	f  func(int) int
	bf func(int) int
}

func (s *S) m(n int) int { return n }

func (r *S) init() {
	r.bf = r.m
	r.f = r.bf
}
