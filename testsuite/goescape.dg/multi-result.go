// Several results: each parameter leaks to the result it reaches.
// { dg-do compile }
package p

func swap(a, b *int) (*int, *int) { // { dg-message "11: leaking param: a to result ~r1 level=0" }
	// { dg-message "14: leaking param: b to result ~r0 level=0" "" { target *-*-* } .-1 }
	return b, a
}
