// gc's go/defer wrappers (escape.goDeferStmt): a call with operands is
// made by a closure of no arguments, which captures a temporary for each
// operand that is no constant; the -m=2 report shows the temporaries,
// the closure ("func literal") and its captures.

package p

import "sync"

var mu sync.Mutex

type DB struct {
	mu   sync.Mutex
	n    int
	sink *int
}

type inner struct{ held bool }

func (m *inner) Lock()   { m.held = true }
func (m *inner) Unlock() { m.held = false }

type Locked struct {
	inner
	n int
}

type Empty struct{}

func (Empty) M() {}

type I interface{ M(int) }

func (db *DB) run(x int, p *int) { db.sink = p }

func (db *DB) keep(p *int) { db.sink = p }

func drop(a, b *int) {}

func done() {}

// go: the wrapper goes to the heap, and what it captures with it.
func (db *DB) start(p *int) {
	go db.run(1, p)
}

// A top-level defer: the wrapper goes nowhere; the receiver's implicit
// &db.mu is at the selector's dot.
func (db *DB) locked() int {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.n
}

// In a loop, a defer's wrapper goes to the heap.
func (db *DB) loop(p *int) {
	for i := 0; i < 3; i++ {
		defer db.keep(p)
	}
}

// An interface's method, a function value, a literal with arguments, a
// method expression, a builtin.
func kinds(i I, h func(*int), p *int, e Empty, ch chan int) {
	go i.M(3)
	go h(p)
	go func(q *int) { _ = q }(p)
	defer Empty.M(e)
	defer e.M()
	defer close(ch)
	go drop(p, nil)
}

// One pointer: gccgo hands the runtime the argument itself, gc copies
// it as any other.
func lone(db *DB) {
	go db.keep(nil)
	go sendTo(db)
}

func sendTo(db *DB) { db.n++ }

// Nothing to copy: a function of no arguments and no results is called
// as it is.
func plain(h func()) {
	go done()
	go h()
	defer func() {}()
}

// A package variable's mutex, and a method promoted from an embedded
// field: (*inner).Unlock of &l.inner.
func global() {
	mu.Lock()
	defer mu.Unlock()
}

func (l *Locked) promoted() (int, error) {
	l.Lock()
	defer l.Unlock()
	if l.n > 0 {
		return 0, nil
	}
	return l.two()
}

func (l *Locked) two() (int, error) { return l.n, nil }
