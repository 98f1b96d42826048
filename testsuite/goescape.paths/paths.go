// The paths that carry addresses out of their frames, through the
// GIMPLE gccgo compiles: through two calls, into a closure, through an
// interface conversion, into a global.

package p

var global *int

var sink interface{}

func store(p *int) { global = p }

func pass(p *int) { store(p) }

// x reaches the global two calls down: the path enters pass, then
// store, each a call deeper.
func twoCalls() {
	x := 1
	pass(&x)
}

// The closure captures y by reference (it assigns it) and escapes.
var hook func()

func capture() {
	y := 2
	hook = func() { y++ }
}

// z's address is converted to an interface that escapes.
func convert() {
	z := 3
	sink = &z
}

// w's address is stored into the global directly.
func direct() {
	w := 4
	global = &w
}

// The parameter leaks to the result.
func identity(q *int) *int { return q }
