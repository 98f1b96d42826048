// Test file for gc's -m=2 "from" lines: one function a reason.

package p

import (
	"fmt"
	"io"
	"path"
	"sync"
)

var sink interface{}
var global *int

type pair struct{ left, right *int }

type box struct{ inner *pair }

func keep(p *int) *int { return p }

func addressOf() {
	var n int
	q := &n
	global = q
}

func assignPair(a, b *int) (*int, *int) {
	x, y := a, b
	return y, x
}

func structElement(p *int) pair {
	v := pair{left: p}
	return v
}

func sliceElement(p *int) []*int {
	s := []*int{p}
	return s
}

func arrayElement(p *int) *int {
	a := [2]*int{nil, p}
	return a[1]
}

func dotOfPointer(b *box) *pair {
	return b.inner
}

func dot(v pair) *int {
	return v.right
}

func indirection(pp **int) {
	global = *pp
}

func callParameter(p *int) {
	global = keep(keep(p))
}

func converted(p *int) {
	sink = p
}

func returnedConverted(p *int) interface{} {
	return p
}

func mapKey(p *int) {
	m := map[*int]bool{}
	m[p] = true
}

func send(p *int, ch chan *int) {
	ch <- p
}

func declared(p *int) {
	var q = p
	global = q
}

func newStorage() {
	p := new(int)
	sink = p
}

func sliced(p *int) {
	var a [3]*int
	a[0] = p
	global = a[:][0]
}

func ranged(xs []*int) {
	for _, v := range xs {
		global = v
	}
}

func appended(s []*int, p *int) []*int {
	s = append(s, p)
	return s
}

func copied(dst, src []*int) {
	copy(dst, src)
}

func captured() {
	var n int
	func() {
		global = &n
	}()
}

type counter struct{ p *int }

func (c *counter) get() *int { return c.p }

func receivers(c counter) {
	global = c.get()
}

func variadic(ps ...*int) {
	global = ps[0]
}

func variadicCall(p *int) {
	variadic(p, nil)
}

func rangedMap(m map[string]*int) {
	for _, v := range m {
		global = v
	}
}

type problem []string

func (p problem) Error() string { return "" }

func boxedLiteral() error {
	return problem{"x"}
}

func boxedConcat(k, v string) interface{} {
	return k + " = " + v
}

func panicked() {
	panic("bad")
}

func formatted(name string) string {
	return fmt.Sprintf("name %s", name)
}

type holder struct{ buf []uint32 }

// Explained twice, as gc does: the store into the heap, then the size.
func (h *holder) grow(n int) {
	h.buf = make([]uint32, n)
}

// Static data: no location of gc's, never explained.
var table = &pair{}

type reader struct {
	r io.Reader
	n int
}

func (r *reader) Read(p []byte) (int, error) { return r.r.Read(p) }

type chain struct {
	first io.Reader
	curr  io.Reader
}

// Elements of literals, one converted to an interface where stored.
func newChain(r io.Reader) *chain {
	return &chain{first: r, curr: &reader{r, 0}}
}

func (c *chain) wrap() {
	c.curr = &reader{c.curr, 1}
}

type flags int

func (f flags) has(g flags) bool { return f&g != 0 }

// A value receiver without pointers, passed by address by gccgo: no
// flow in gc, none explained.
func (f flags) count(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		if f.has(1 << i) {
			c++
		}
	}
	return c
}

var counted = flags(3).count(2)

type lazy struct {
	once sync.Once
	n    int
}

// Pointer methods on fields: gc's implicit address of the receiver.
func (l *lazy) init() {
	l.once.Do(func() { l.n = 1 })
}

type block [8]byte

func (b *block) first() *byte { return &b[0] }

type framed struct{ b block }

var firstByte *byte

func (f *framed) head() {
	firstByte = f.b.first()
}

// Captures listed in the order the literal first uses them.
func captureOrder() (int, *int) {
	var a, b, c int
	p := &c
	f := func() {
		c++
		a = b
		p = &a
	}
	f()
	return a + b, p
}

type record [512]byte

type view []byte

// Placed inside the statement's brackets: the statement is found around them.
func (r *record) tail() view { return view(r[386:][:24*4+1]) }

type entry struct{ hdr *header }

type header struct{ Name string }

// A call's result held in a temporary of gccgo's, then returned.
func baseName(e entry) string { return path.Base(e.hdr.Name) }

var hook func()

// A capture is placed at the literal's first use of it.
func capturedLater(p *int) {
	q := p
	hook = func() {
		n := 1
		global = q
		_ = n
	}
}
