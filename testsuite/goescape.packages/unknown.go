// { dg-do compile }
// { dg-options "-fplugin-arg-goescape-m=2" }
// Package m/b has no summaries: calls into it leak their arguments to
// the heap (gc would know better, having b's export data), and -m=2
// says so once.
package main

import "m/b"

func twice() int {
	x := 1 // { dg-message "2: moved to heap: x" }
	// { dg-message "2: x escapes to heap:" "" { target *-*-* } .-1 }
	// { dg-message "2:   flow: .heap. = &x:" "" { target *-*-* } .-2 }
	// { dg-message "2:     from &x \\(address-of\\) at \[^ \]*unknown.go:21:16" "" { target *-*-* } .-3 }
	// { dg-message "2:     from b.Drop\\(&x\\) \\(call parameter\\) at \[^ \]*unknown.go:21:15" "" { target *-*-* } .-4 }
	y := 2 // { dg-message "2: moved to heap: y" }
	// { dg-message "2: y escapes to heap:" "" { target *-*-* } .-1 }
	// { dg-message "2:   flow: .heap. = &y:" "" { target *-*-* } .-2 }
	// { dg-message "2:     from &y \\(address-of\\) at \[^ \]*unknown.go:21:29" "" { target *-*-* } .-3 }
	// { dg-message "2:     from b.Drop\\(&y\\) \\(call parameter\\) at \[^ \]*unknown.go:21:28" "" { target *-*-* } .-4 }
	return b.Drop(&x) + b.Drop(&y) // { dg-message "11: no escape summaries for package m/b: its functions are unknown code" }
}

func main() {}
