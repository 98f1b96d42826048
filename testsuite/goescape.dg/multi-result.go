// Several results: each parameter leaks to the result it reaches.
// { dg-do compile }
package p

func swap(a, b *int) (*int, *int) { // { dg-message "11: leaking param: a to result ~r1 level=0" }
	// { dg-message "14: leaking param: b to result ~r0 level=0" "" { target *-*-* } .-1 }
	return b, a
}

// Each result of a call is its own value: swapping the arguments swaps
// the results the parameters reach.
func pair(p, q *int) (*int, *int) { // { dg-message "11: leaking param: p to result ~r0 level=0" }
	// { dg-message "14: leaking param: q to result ~r1 level=0" "" { target *-*-* } .-1 }
	return p, q
}

func swapped(p, q *int) (*int, *int) { // { dg-message "14: leaking param: p to result ~r1 level=0" }
	// { dg-message "17: leaking param: q to result ~r0 level=0" "" { target *-*-* } .-1 }
	return pair(q, p)
}

func swappedNamed(p, q *int) (r, s *int) { // { dg-message "19: leaking param: p to result s level=0" }
	// { dg-message "22: leaking param: q to result r level=0" "" { target *-*-* } .-1 }
	s, r = pair(p, q)
	return
}

func firstOnly(p, q *int) *int { // { dg-message "16: leaking param: p to result ~r0 level=0" }
	// { dg-message "19: q does not escape" "" { target *-*-* } .-1 }
	a, _ := pair(p, q)
	return a
}
