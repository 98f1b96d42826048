// Storing an address in a global moves the variable to the heap, and a
// parameter stored in a global leaks.
// { dg-do compile }
package p

var global *int

func storeLocal() {
	var z int // { dg-message "6: moved to heap: z" }
	global = &z
}

func storeParam(p *int) { // { dg-message "17: leaking param: p" }
	global = p
}
