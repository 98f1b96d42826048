// go and defer thunks in and out of loops: the record's fields reach the
// callee as its arguments, from the stack record or the heap one.
package p

import "sync"

type T struct{ mu sync.Mutex; p *int }

var sink interface{}

func (t *T) keep(p *int) { t.p = p }

func loop(t *T, ps []*int) {
	for _, p := range ps {
		defer t.keep(p)
	}
}

func gor(t *T, p *int) {
	go t.keep(p)
}

func once(t *T, p *int) {
	defer t.keep(p)
}

func lock(t *T) {
	t.mu.Lock()
	defer t.mu.Unlock()
}
