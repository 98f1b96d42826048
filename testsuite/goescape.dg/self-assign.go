// gc ignores assignments that store nothing new into an object
// (isSelfAssign), and says so under -m.
// { dg-do compile }
package p

type B struct {
	buf  []byte
	x, y int
	p, q *int
	arr  [4]byte
	in   struct{ a, b *int }
}

func (b *B) reset() { // { dg-message "7: b does not escape" }
	b.buf = b.buf[:0] // { dg-message "8: \\(\\*B\\).reset ignoring self-assignment in b.buf = b.buf\\\[:0\\\]" }
}

func (b *B) swap() { // { dg-message "7: b does not escape" }
	b.x = b.y      // { dg-message "6: \\(\\*B\\).swap ignoring self-assignment in b.x = b.y" }
	b.p = b.q      // { dg-message "6: \\(\\*B\\).swap ignoring self-assignment in b.p = b.q" }
	b.in.a = b.in.b // { dg-message "9: \\(\\*B\\).swap ignoring self-assignment in b.in.a = b.in.b" }
}

// Slicing an array field stores a pointer into b itself.
func (b *B) arrs() { // { dg-message "7: leaking param: b" }
	b.buf = b.arr[:]
}

func val(v B) B { // { dg-message "10: leaking param: v to result ~r0 level=0" }
	v.p = v.q // { dg-message "6: val ignoring self-assignment in v.p = v.q" }
	return v
}

func idx(s []*int, i int) { // { dg-message "10: s does not escape" }
	s[i] = s[i+1] // { dg-message "7: idx ignoring self-assignment in s\\\[i\\\] = s\\\[i \\+ 1\\\]" }
	s[0] = s[1]   // { dg-message "7: idx ignoring self-assignment in s\\\[0\\\] = s\\\[1\\\]" }
}

// Not self-assignments: another object, a map, a call in an index.
func other(b, c *B) { // { dg-message "12: b does not escape" }
// { dg-message "15: leaking param content: c" "" { target *-*-* } .-1 }
	b.p = c.p
}

func maps(m map[string]*int) { // { dg-message "11: m does not escape" }
	m["a"] = m["b"]
}

func f() int { return 0 }

func call(s []*int) { // { dg-message "11: leaking param content: s" }
	s[f()] = s[0]
}

func tup(b *B) { // { dg-message "10: b does not escape" }
	b.p, b.q = b.q, b.p // { dg-message "11: tup ignoring self-assignment in b.p, b.q = b.q, b.p" }
	// { dg-message "11: tup ignoring self-assignment in b.p, b.q = b.q, b.p" "" { target *-*-* } .-1 }
}

func inClosure(b *B) { // { dg-message "16: b does not escape" }
	func() { b.p = b.q }() // { dg-message "15: inClosure.func1 ignoring self-assignment in b.p = b.q" }
	// { dg-message "2: func literal does not escape" "" { target *-*-* } .-1 }
}

// Operator assignments compare destination and operand too.
type R struct{ r, w int }

func (x *R) shift() { // { dg-message "7: x does not escape" }
	x.r -= x.w // { dg-message "6: \\(\\*R\\).shift ignoring self-assignment in x.r -= x.w" }
	x.r += 1
}
