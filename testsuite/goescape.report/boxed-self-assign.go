// gc's self-assignment rule (isSliceSelfAssign) wants the slice stored
// back through a pointer, b.buf = b.buf[n:m] with b a pointer.  A local
// struct gccgo moves to the heap is still no pointer to gc: storing
// into it is an ODOT, and nothing is ignored.

package p

type Obj struct{ n int }

type Table struct {
	Objs []Obj
}

var sink *Obj

func fill(n int) *Table {
	var t Table
	t.Objs = make([]Obj, 0, n)
	for i := 0; i < n; i++ {
		k := len(t.Objs)
		t.Objs = t.Objs[0 : k+1]
		sink = &t.Objs[k]
	}
	return &t
}

type Buffer struct{ buf []byte }

func (b *Buffer) trim(n int) {
	b.buf = b.buf[n:]
}
