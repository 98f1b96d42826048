// { dg-do compile }
// Function literals a go or defer statement calls (verdicts from gc
// 1.19).  gc evaluates the literal where the statement is, into the
// wrapper it makes when the call has arguments: the literal goes where
// the wrapper goes, to the heap for go and for defer in a loop.  A
// literal that captures nothing has no storage in gccgo's code; its
// place in the report is the statement's.
package p

var gp *int

// No captures, an argument: the literal is the wrapper's.
func goArg() {
	go func(a *int) { // { dg-message "5: func literal escapes to heap" }
		_ = *a // { dg-message "10: a does not escape" "" { target *-*-* } .-1 }
	}(new(int)) // { dg-message "7: new\\(int\\) escapes to heap" }
}

func deferArg(p *int) { // { dg-message "15: leaking param: p" }
	defer func(a *int) { // { dg-message "8: func literal does not escape" }
		gp = a // { dg-message "13: leaking param: a" "" { target *-*-* } .-1 }
	}(p)
}

func deferArgLoop(n int) {
	for i := 0; i < n; i++ {
		defer func(a *int) { // { dg-message "9: func literal escapes to heap" }
			gp = a // { dg-message "14: leaking param: a" "" { target *-*-* } .-1 }
		}(new(int)) // { dg-message "8: new\\(int\\) escapes to heap" }
	}
}

// No captures, no arguments: the literal itself goes where the
// statement sends it.
func goPlain() {
	go func() { // { dg-message "5: func literal escapes to heap" }
		gp = nil
	}()
}

func deferPlain(n int) {
	defer func() { // { dg-message "8: func literal does not escape" }
		_ = 1
	}()
	for i := 0; i < n; i++ {
		defer func() { // { dg-message "9: func literal escapes to heap" }
			_ = 2
		}()
	}
}

// A lone pointer argument gccgo hands the runtime as is: gc places
// its allocation at the argument.
func goNamed() {
	go keep(new(int)) // { dg-message "13: new\\(int\\) escapes to heap" }
}

func keep(p *int) { gp = p } // { dg-message "11: leaking param: p" }
