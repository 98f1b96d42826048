// Struct fields, arrays and self-assignment.
package p

type Buffer struct {
	buf  []byte
	off  int
	last *byte
	arr  [8]byte
	sub  struct{ a, b *int }
}

var keepB *Buffer
var keepS []byte

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
}

func (b *Buffer) Truncate(n int) {
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Grow(n int) {
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) UseArr() { b.buf = b.arr[:] }

func (b *Buffer) Swap() { b.sub.a, b.sub.b = b.sub.b, b.sub.a }

func (b *Buffer) Last() *byte {
	b.last = &b.buf[len(b.buf)-1]
	return b.last
}

func (b Buffer) Copy() Buffer { return b }

func (b *Buffer) Keep() { keepB = b }

func (b *Buffer) KeepBytes() { keepS = b.buf }

func arrays(a [4]*int) *int { return a[2] }

func arrayPtr(a *[4]*int) *int { return a[1] }

func fieldAddr(b *Buffer) *int {
	return b.sub.a
}

func copyInto(dst, src *Buffer) {
	dst.sub = src.sub
}

func selfIndex(s []*int, i, j int) {
	s[i] = s[j]
	s[i+1] = s[j-1]
}

type pair struct{ x, y *int }

func pairSwap(p *pair) { p.x, p.y = p.y, p.x }

func pairVal(p pair) *int { return p.x }

func makePair(x, y *int) pair { return pair{x, y} }

func makePairPtr(x, y *int) *pair { return &pair{x, y} }
