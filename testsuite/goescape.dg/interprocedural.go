// A caller sees its callee's leak summary: passing &z to a function that
// leaks its parameter moves z to the heap.  gc reports the callee first.
// { dg-do compile }
package p

var global *int

func caller() {
	var z int // { dg-message "6: moved to heap: z" }
	storeGlobal(&z)
	var w int // { dg-bogus "moved to heap: w" }
	_ = readOnly(&w)
}

func storeGlobal(p *int) { // { dg-message "18: leaking param: p" }
	global = p
}

func readOnly(p *int) int { // { dg-message "15: p does not escape" }
	return *p
}
