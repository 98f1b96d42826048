// gc's size limits: implicit allocations over 64 KiB and explicit
// variables over 10 MiB go to the heap whatever flows into them.
// { dg-do compile }
package p

type Big struct{ a [70000]byte }

func bigNew() int {
	b := new([100000]int) // { dg-message "10: new\\(\\\[100000\\\]int\\) escapes to heap" }
	return b[0]
}

func bigLit() byte {
	p := &Big{} // { dg-message "7: &Big\\{\\} escapes to heap" }
	return p.a[0]
}

func smallNew() int {
	b := new([100]int) // { dg-message "10: new\\(\\\[100\\\]int\\) does not escape" }
	return b[0]
}

func hugeVar() byte {
	var buf [11 << 20]byte // { dg-message "6: moved to heap: buf" }
	q := &buf
	return q[0]
}

func okVar() byte {
	var buf [9 << 20]byte // { dg-bogus "moved to heap: buf" }
	q := &buf
	return q[0]
}
