// { dg-do compile }
// A variable a closure captures in a function with a defer: gccgo keeps
// it in a temporary, and at -O1 and above GIMPLE no longer lists the
// variable among the function's locals, only in its scopes (verdicts
// from gc 1.19; dg.exp runs this file at -O0 and -O2).
package p

import "sort"

type kv struct {
	k  *int
	ks string
}

func g() {}

func Sorted(n int) {
	if n > 3 {
		defer g()
	}
	sv := make([]kv, n) // { dg-message "12: make\\(\\\[\\\]kv, n\\) escapes to heap" }
	for i := 0; i < n; i++ {
		sv[i].ks = "a"
	}
	sort.Slice(sv, func(i, j int) bool { return sv[i].ks < sv[j].ks }) // { dg-message "12: sv escapes to heap" }
	// { dg-message "17: func literal does not escape" "" { target *-*-* } .-1 }
}
