// { dg-do compile }
// Calls into sync, with gc 1.19's verdicts from its export data.
package p

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

// Lock and Unlock leave the mutex alone.
func (c *Counter) Inc() { // { dg-message "7: leaking param: c" }
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

// A local mutex.
func local() int {
	var mu sync.Mutex // { dg-message "6: moved to heap: mu" }
	mu.Lock()
	n := 1
	mu.Unlock()
	return n
}

// A WaitGroup used by goroutines escapes with them.
func wait(n int) {
	var wg sync.WaitGroup // { dg-message "6: moved to heap: wg" }
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { // { dg-message "6: func literal escapes to heap" }
			wg.Done()
		}()
	}
	wg.Wait()
}

// Once.Do takes a function value.
var once sync.Once

func setup(p *int) { // { dg-message "12: p does not escape" }
	once.Do(func() { // { dg-message "10: func literal does not escape" }
		*p = 1
	})
}

// sync.Pool stores interfaces.
var pool = sync.Pool{New: func() interface{} { return new([64]byte) }} // { dg-message "58: new\\(\\\[64\\\]byte\\) escapes to heap" }

func get() *[64]byte {
	return pool.Get().(*[64]byte)
}

func put(b *[64]byte) { // { dg-message "10: leaking param: b" }
	pool.Put(b)
}

// A Map stores keys and values as interfaces.
func store(m *sync.Map, k string, v *int) { // { dg-message "12: leaking param: m" }
	// { dg-message "25: leaking param: k" "" { target *-*-* } .-1 }
	// { dg-message "35: leaking param: v" "" { target *-*-* } .-2 }
	m.Store(k, v) // { dg-message "9: k escapes to heap" }
}
