// { dg-do compile }
// Results of another package's functions of several results: each of
// the caller's results gets only what flows to it (verdicts from gc
// 1.19, which reads m/a's summaries from its export data).
package main

import "m/a"

func first(p *int) (*int, error) { // { dg-message "12: leaking param: p to result ~r0 level=0" }
	return a.Pair(p)
}

func second(p *int) (error, *int) { // { dg-message "13: leaking param: p to result ~r1 level=0" }
	return a.Second(p)
}

func named(p *int) (*int, error) { // { dg-message "12: leaking param: p to result ~r0 level=0" }
	return a.Named(p)
}

func swapped(p, q *int) (*int, *int) { // { dg-message "14: leaking param: p to result ~r1 level=0" }
	// { dg-message "17: leaking param: q to result ~r0 level=0" "" { target *-*-* } .-1 }
	return a.Both(p, q)
}

func kept(p *int) *int { // { dg-message "11: leaking param: p to result ~r0 level=0" }
	r, _ := a.Pair(p)
	return r
}

func main() {}
