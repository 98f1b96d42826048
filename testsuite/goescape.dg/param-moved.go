// A parameter whose address is returned is moved to the heap, and then has
// no leak tag of its own.
// { dg-do compile }
package p

func paramMoved(q int) *int { // { dg-message "17: moved to heap: q" }
	return &q
}
