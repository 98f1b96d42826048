// { dg-do compile }
// go and defer statements, panic and recover (verdicts from gc 1.19).
package p

var sink interface{}

func use(p *int) {} // { dg-message "10: p does not escape" }

func keep(p *int) { sink = p } // { dg-message "11: leaking param: p" }

// defer outside a loop: the deferred closure may stay on the stack.
func deferOnce() {
	x := 1
	defer func() { // { dg-message "8: func literal does not escape" }
		x++
	}()
}

// defer inside a loop: the closure escapes.
func deferLoop(n int) {
	for i := 0; i < n; i++ { // { dg-message "6: moved to heap: i" }
		defer func() { // { dg-message "9: func literal escapes to heap" }
			_ = i
		}()
	}
}

// defer of a direct call: the arguments are evaluated now.
func deferCall(p *int) { // { dg-message "16: p does not escape" }
	defer use(p)
}

func deferCallKeep(p *int) { // { dg-message "20: leaking param: p" }
	defer keep(p)
}

// go statements: the closure and its captured variables escape.
func goClosure() {
	x := 1 // { dg-message "2: moved to heap: x" }
	go func() { // { dg-message "5: func literal escapes to heap" }
		x++
	}()
}

func goCall(p *int) { // { dg-message "13: leaking param: p" }
	go use(p)
}

// panic's argument is an interface and escapes.
func panicValue(n int) {
	panic(n) // { dg-message "8: n escapes to heap" }
}

func panicPtr(p *int) { // { dg-message "15: leaking param: p" }
	panic(p)
}

// recover's result comes from the heap.
func rec() (r interface{}) {
	defer func() { // { dg-message "8: func literal does not escape" }
		r = recover()
	}()
	return nil
}

// A variable a deferred closure captures, and which gccgo keeps in a
// temporary: still the variable to gc, captured by reference, on the
// stack.
func deferredRelease(release func(error), f func() error) error { // { dg-message "22: release does not escape" }
	// { dg-message "43: f does not escape" "" { target *-*-* } .-1 }
	var err error
	defer func() { // { dg-message "8: func literal does not escape" }
		release(err)
	}()
	err = f()
	return err
}
